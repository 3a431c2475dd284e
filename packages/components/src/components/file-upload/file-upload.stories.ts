import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../button/define.js';
import type { PolisFileUpload } from './file-upload.js';

type Args = Partial<
  Pick<
    PolisFileUpload,
    'label' | 'hint' | 'errorMessage' | 'name' | 'accept' | 'multiple' | 'maxSize' | 'required' | 'disabled'
  >
>;

const meta: Meta<Args> = {
  title: 'Components/File upload',
  component: 'polis-file-upload',
  args: { label: 'Upload a file', name: 'file' },
  render: (args) =>
    html`<polis-file-upload
      label=${ifDefined(args.label)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      name=${ifDefined(args.name)}
      accept=${ifDefined(args.accept)}
      max-size=${ifDefined(args.maxSize)}
      ?multiple=${args.multiple}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></polis-file-upload>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Chooses files as the browser's picker reports them. */
async function choose(field: PolisFileUpload, files: File[]): Promise<void> {
  const input = field.shadowRoot!.querySelector('input')!;
  const dt = new DataTransfer();
  for (const file of files) dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await field.updateComplete;
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('polis-file-upload')!;
    const input = field.shadowRoot!.querySelector('input')!;
    await expect(input).toHaveAccessibleName('Upload a file');
    await expect(input).toHaveAccessibleDescription('No file chosen');
  },
};

export const Multiple: Story = {
  args: {
    label: 'Upload your evidence',
    hint: 'PDF, JPG or PNG, smaller than 10 MB each. You can choose several files.',
    name: 'evidence',
    multiple: true,
    accept: '.pdf,.jpg,.jpeg,.png',
    maxSize: '10MB',
  },
};

export const WithFilesChosen: Story = {
  name: 'With files chosen',
  args: { ...Multiple.args },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('polis-file-upload')!;
    await choose(field, [
      new File([new Uint8Array(245_000)], 'payslip-march.pdf', { type: 'application/pdf' }),
      new File([new Uint8Array(1_200_000)], 'bank-statement.png', { type: 'image/png' }),
      new File([new Uint8Array(12_000)], 'letter.jpg', { type: 'image/jpeg' }),
    ]);
    const remove = field.shadowRoot!.querySelectorAll('button')[1]!;
    await expect(remove).toHaveAccessibleName('Remove bank-statement.png');
    await userEvent.click(remove);
    await waitFor(() => expect(field.files.map((f) => f.name)).toEqual(['payslip-march.pdf', 'letter.jpg']));
    const buttons = field.shadowRoot!.querySelectorAll('button');
    await waitFor(() => expect(field.shadowRoot!.activeElement).toBe(buttons[1]));
  },
};

export const WithError: Story = {
  name: 'With error',
  args: {
    label: 'Upload a file',
    errorMessage: 'The selected file must be smaller than 2 MB',
    maxSize: '2MB',
    required: true,
  },
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector('polis-file-upload')!.shadowRoot!.querySelector('input')!;
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      'Error: The selected file must be smaller than 2 MB No file chosen',
    );
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-file-upload
        label="Joindre un justificatif"
        hint="PDF, JPG ou PNG, moins de 2 Mo"
        name="justificatif"
        accept=".pdf,.jpg,.png"
        max-size="2MB"
        multiple
      ></polis-file-upload>
    </div>`,
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('polis-file-upload')!;
    await choose(field, [
      new File([new Uint8Array(3_000_000)], 'avis-impot.pdf', { type: 'application/pdf' }),
    ]);
    await expect(field.validationMessage).toMatch(/^avis-impot\.pdf doit faire moins de 2\sMo$/);
    await expect(field.shadowRoot!.querySelector('button')).toHaveAccessibleName('Retirer avis-impot.pdf');
  },
};

/** In a question page form: the files are sent as multipart form data. */
export const InAForm: Story = {
  name: 'In a form',
  render: () =>
    html`<form action="#" method="post" enctype="multipart/form-data">
      <polis-file-upload label="Upload a file" name="document" required></polis-file-upload>
      <polis-button>Continue</polis-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const field = canvasElement.querySelector('polis-file-upload')!;
    await choose(field, [new File(['%PDF'], 'report.pdf', { type: 'application/pdf' })]);
    const sent = new FormData(form).get('document');
    await expect(sent instanceof File && sent.name).toBe('report.pdf');
  },
};
