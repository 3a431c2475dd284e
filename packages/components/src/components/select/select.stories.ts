import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import './define.js';
import '../button/define.js';
import type { PolisSelect } from './select.js';

type Args = Partial<
  Pick<PolisSelect, 'label' | 'hint' | 'errorMessage' | 'name' | 'autocomplete' | 'required' | 'disabled'>
> & { value?: string };

const sortOptions = html`
  <option value="published">Recently published</option>
  <option value="updated" selected>Recently updated</option>
  <option value="views">Most views</option>
  <option value="comments">Most comments</option>
`;

const meta: Meta<Args> = {
  title: 'Components/Select',
  component: 'polis-select',
  args: { label: 'Sort by', name: 'sort' },
  render: (args) =>
    html`<polis-select
      label=${ifDefined(args.label)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      name=${ifDefined(args.name)}
      value=${ifDefined(args.value)}
      autocomplete=${ifDefined(args.autocomplete)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      >${sortOptions}</polis-select
    >`,
};
export default meta;
type Story = StoryObj<Args>;

const selectIn = (canvasElement: HTMLElement) => {
  const field = canvasElement.querySelector('polis-select')!;
  return { field, select: field.shadowRoot!.querySelector('select')! };
};

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { field, select } = selectIn(canvasElement);
    await expect(select).toHaveAccessibleName('Sort by');
    await expect(field.value).toBe('updated');
    await userEvent.selectOptions(select, 'views');
    await expect(field.value).toBe('views');
  },
};

export const WithHint: Story = {
  name: 'With hint',
  args: { hint: 'The newest results are shown first unless you choose otherwise.' },
  play: async ({ canvasElement }) => {
    const { select } = selectIn(canvasElement);
    await expect(select).toHaveAccessibleDescription(/newest results/);
  },
};

/** An empty first option asks people to choose; `required` makes choosing it an error. */
export const WithPlaceholderOption: Story = {
  name: 'With a “Choose” option',
  render: () =>
    html`<polis-select label="Country" name="country" autocomplete="country" required>
      <option value="">Choose a country</option>
      <option value="FR">France</option>
      <option value="DE">Germany</option>
      <option value="IE">Ireland</option>
      <option value="GB">United Kingdom</option>
    </polis-select>`,
  play: async ({ canvasElement }) => {
    const { field } = selectIn(canvasElement);
    await expect(field.checkValidity()).toBe(false);
    await expect(field.validationMessage).toBe('Select country');
  },
};

export const WithError: Story = {
  name: 'With error',
  render: () =>
    html`<polis-select
      label="Country"
      name="country"
      required
      error-message="Select the country where you live"
    >
      <option value="">Choose a country</option>
      <option value="FR">France</option>
      <option value="IE">Ireland</option>
    </polis-select>`,
  play: async ({ canvasElement }) => {
    const { select } = selectIn(canvasElement);
    await expect(select).toHaveAttribute('aria-invalid', 'true');
    await expect(select).toHaveAccessibleDescription('Error: Select the country where you live');
  },
};

export const WithGroups: Story = {
  name: 'With groups',
  render: () =>
    html`<polis-select label="Office" name="office">
      <optgroup label="North">
        <option value="leeds">Leeds</option>
        <option value="newcastle">Newcastle</option>
      </optgroup>
      <optgroup label="South">
        <option value="bristol">Bristol</option>
        <option value="croydon" disabled>Croydon (closed)</option>
      </optgroup>
    </polis-select>`,
  play: async ({ canvasElement }) => {
    const { select } = selectIn(canvasElement);
    await expect(select.querySelectorAll('optgroup')).toHaveLength(2);
    await expect(select.options[3]!.disabled).toBe(true);
  },
};

export const Disabled: Story = { args: { disabled: true } };

/** Submits natively; the value attribute chooses the starting option. */
export const InAForm: Story = {
  name: 'In a form',
  args: { value: 'comments' },
  render: (args) =>
    html`<form action="#" method="get">
      <polis-select label="Sort by" name="sort" value=${ifDefined(args.value)}>${sortOptions}</polis-select>
      <polis-button>Apply</polis-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    await expect(new FormData(form).get('sort')).toBe('comments');
    const { select } = selectIn(canvasElement);
    await userEvent.selectOptions(select, 'published');
    await expect(new FormData(form).get('sort')).toBe('published');
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-select label="Pays" name="pays" required>
        <option value="">Choisissez un pays</option>
        <option value="BE">Belgique</option>
        <option value="FR">France</option>
      </polis-select>
    </div>`,
  play: async ({ canvasElement }) => {
    const { field } = selectIn(canvasElement);
    await expect(field.checkValidity()).toBe(false);
    await expect(field.validationMessage).toBe('Sélectionnez pays');
  },
};
