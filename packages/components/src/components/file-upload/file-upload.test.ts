import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { parseFileSize, type PolisFileUpload } from './file-upload.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

const politeRegion = () => document.querySelector('#polis-announcer [aria-live="polite"]');

function pdf(name = 'report.pdf', size = 1): File {
  return new File([new Uint8Array(size)], name, { type: 'application/pdf' });
}

function transfer(files: File[]): DataTransfer {
  const dt = new DataTransfer();
  for (const file of files) dt.items.add(file);
  return dt;
}

/** Chooses files the way the browser's picker reports them: files on the inner input, then `change`. */
async function choose(el: HTMLElement, files: File[]): Promise<void> {
  const input = part<HTMLInputElement>(el, 'control')!;
  input.files = transfer(files).files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await (el as PolisFileUpload).updateComplete;
}

/** Drops files on the drop zone. */
async function drop(el: HTMLElement, files: File[]): Promise<DragEvent> {
  const event = new DragEvent('drop', {
    dataTransfer: transfer(files),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  part(el, 'drop-zone')!.dispatchEvent(event);
  await (el as PolisFileUpload).updateComplete;
  return event;
}

function removeButtons(el: HTMLElement): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="remove"]')];
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

runFormControlConformance({
  tag: 'polis-file-upload',
  sample: 'report.pdf',
  // A file control has no default value and submits File objects: compare by file name.
  defaultByAttribute: false,
  readFormValue: (entry) => (entry instanceof File ? entry.name : entry),
  readValue: (control) => (control as unknown as PolisFileUpload).files[0]?.name ?? '',
  restoreState: (name) => {
    const state = new FormData();
    state.append('field', pdf(name));
    return state;
  },
  emptyFormValue: null,
  requiredMessage: { en: 'Select full name', fr: 'Sélectionnez nom complet', outer: 'Select outer label' },
  fill: async (control, value) => {
    if (value === '') {
      for (const button of removeButtons(control).reverse()) button.click();
      await control.updateComplete;
      return;
    }
    await choose(control, [pdf(value)]);
  },
});

describe('polis-file-upload', () => {
  it('is a labelled native file input, one tab stop, described by hint and status', async () => {
    const el = await fixture<PolisFileUpload>(
      html`<polis-file-upload
        label="Upload a file"
        hint="PDF only"
        accept=".pdf"
        name="doc"
      ></polis-file-upload>`,
    );
    const input = part<HTMLInputElement>(el, 'control')!;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.pdf');
    expect(input.multiple).toBe(false);
    await expect.element(input).toHaveAccessibleName('Upload a file');
    await expect.element(input).toHaveAccessibleDescription('PDF only No file chosen');
    expect(text(part(el, 'button'))).toBe('Choose file');
    // The drop zone is not a tab stop: the input is the only focusable thing.
    expect(part(el, 'drop-zone')!.hasAttribute('tabindex')).toBe(false);
    el.focus();
    expect(deepActiveElement()).toBe(input);
  });

  it('submits every chosen file as a File under its name, and nothing when none is chosen', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-file-upload label="Evidence" name="evidence" multiple></polis-file-upload></form>`,
    );
    const el = form.querySelector('polis-file-upload')!;
    expect(new FormData(form).has('evidence')).toBe(false);
    const a = pdf('a.pdf');
    const b = pdf('b.pdf');
    await choose(el, [a, b]);
    const sent = new FormData(form).getAll('evidence');
    expect(sent).toHaveLength(2);
    expect(sent.every((entry) => entry instanceof File)).toBe(true);
    expect(sent.map((entry) => (entry as File).name)).toEqual(['a.pdf', 'b.pdf']);
    expect(el.files).toEqual([a, b]);
    expect(el.value).toBe('C:\\fakepath\\a.pdf');
  });

  it('adds up choices with multiple, and lets the same file be chosen again', async () => {
    const el = await fixture<PolisFileUpload>(
      html`<polis-file-upload label="Evidence" name="e" multiple></polis-file-upload>`,
    );
    const a = pdf('a.pdf');
    await choose(el, [a]);
    expect(part<HTMLInputElement>(el, 'control')!.value).toBe('');
    await choose(el, [a]);
    await choose(el, [pdf('c.pdf')]);
    expect(el.files.map((f) => f.name)).toEqual(['a.pdf', 'a.pdf', 'c.pdf']);
    expect(text(part(el, 'status'))).toBe('3 files chosen');
    expect(text(part(el, 'button'))).toBe('Choose files');
    expect([...el.shadowRoot!.querySelectorAll('.file-name')].map(text)).toEqual(['a.pdf', 'a.pdf', 'c.pdf']);
  });

  it('replaces the file without multiple, and says so', async () => {
    const el = await fixture<PolisFileUpload>(
      html`<polis-file-upload label="Photo" name="p"></polis-file-upload>`,
    );
    await choose(el, [pdf('a.pdf')]);
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('a.pdf added'));
    await choose(el, [pdf('b.pdf'), pdf('c.pdf')]);
    expect(el.files.map((f) => f.name)).toEqual(['b.pdf']);
    expect(text(part(el, 'status'))).toBe('b.pdf chosen');
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('a.pdf replaced by b.pdf'));
  });

  it('announces additions, plural-aware', async () => {
    const el = await fixture<PolisFileUpload>(
      html`<polis-file-upload label="Evidence" name="e" multiple></polis-file-upload>`,
    );
    await choose(el, [pdf('a.pdf'), pdf('b.pdf')]);
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('2 files added'));
    await choose(el, [pdf('report.pdf', 2048)]);
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('report.pdf added'));
    expect(text(el.shadowRoot!.querySelectorAll('.file-size')[2])).toBe('2 kB');
  });

  it('removes a file, announces it and moves focus to the next, previous, then the picker', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-file-upload label="Evidence" name="e" multiple></polis-file-upload></form>`,
    );
    const el = form.querySelector('polis-file-upload')!;
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    await choose(el, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    events.length = 0;
    const [, second] = removeButtons(el);
    await expect.element(second!).toHaveAccessibleName('Remove b.pdf');

    await userEvent.click(second!);
    await settle(form);
    expect(el.files.map((f) => f.name)).toEqual(['a.pdf', 'c.pdf']);
    expect(new FormData(form).getAll('e').map((f) => (f as File).name)).toEqual(['a.pdf', 'c.pdf']);
    expect(events).toEqual(['input', 'change']);
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('b.pdf removed'));
    // The next file's button took the removed one's place.
    expect(deepActiveElement()).toBe(removeButtons(el)[1]);
    await expect.element(deepActiveElement() as HTMLElement).toHaveAccessibleName('Remove c.pdf');

    // The last one: focus goes to the previous button.
    await userEvent.keyboard('{Enter}');
    await settle(form);
    await expect.element(deepActiveElement() as HTMLElement).toHaveAccessibleName('Remove a.pdf');

    // None left: focus goes to the picker.
    await userEvent.keyboard(' ');
    await settle(form);
    expect(deepActiveElement()).toBe(part(el, 'control'));
    expect(el.files).toHaveLength(0);
    expect(new FormData(form).has('e')).toBe(false);
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('a.pdf removed'));
  });

  it('takes files dropped on the drop zone, showing the drag-over state', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-file-upload label="Evidence" name="e" multiple></polis-file-upload></form>`,
    );
    const el = form.querySelector('polis-file-upload')!;
    const zone = part(el, 'drop-zone')!;
    const over = new DragEvent('dragover', {
      dataTransfer: transfer([pdf()]),
      bubbles: true,
      cancelable: true,
    });
    zone.dispatchEvent(over);
    await el.updateComplete;
    expect(over.defaultPrevented).toBe(true);
    expect(zone.classList.contains('drop-zone--active')).toBe(true);
    zone.dispatchEvent(new DragEvent('dragleave', { bubbles: true, relatedTarget: document.body }));
    await el.updateComplete;
    expect(zone.classList.contains('drop-zone--active')).toBe(false);

    const event = await drop(el, [pdf('scan.pdf'), pdf('photo.pdf')]);
    expect(event.defaultPrevented).toBe(true);
    expect(zone.classList.contains('drop-zone--active')).toBe(false);
    expect(new FormData(form).getAll('e').map((f) => (f as File).name)).toEqual(['scan.pdf', 'photo.pdf']);
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('2 files added'));
  });

  it('lists a dropped file of the wrong type with an error that names the accepted types', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB">
        <polis-file-upload label="Evidence" name="e" accept=".pdf,.jpg,.png" multiple></polis-file-upload>
      </div>`,
    );
    const el = wrapper.querySelector('polis-file-upload')!;
    await drop(el, [new File(['x'], 'report.exe', { type: 'application/x-msdownload' }), pdf('ok.pdf')]);
    expect(el.files).toHaveLength(2);
    expect(el.checkValidity()).toBe(false);
    expect(el.validity.typeMismatch).toBe(true);
    expect(el.validationMessage).toBe('report.exe must be a PDF, JPG or PNG');
    const errors = el.shadowRoot!.querySelectorAll('[part~="file-error"]');
    expect(errors).toHaveLength(1);
    expect(text(errors[0])).toBe('Error: report.exe must be a PDF, JPG or PNG');
    await expect
      .element(removeButtons(el)[0]!)
      .toHaveAccessibleDescription(/report.exe must be a PDF, JPG or PNG/);
    await vi.waitFor(() =>
      expect(politeRegion()?.textContent).toBe('2 files added. report.exe must be a PDF, JPG or PNG'),
    );
    removeButtons(el)[0]!.click();
    await el.updateComplete;
    expect(el.checkValidity()).toBe(true);
    // The list follows the page's language: US English puts a comma before "or".
    wrapper.setAttribute('lang', 'en-US');
    await drop(el, [new File(['x'], 'report.exe')]);
    expect(el.validationMessage).toBe('report.exe must be a PDF, JPG, or PNG');
  });

  it('names MIME types and wildcards in the accept message', async () => {
    const el = await fixture<PolisFileUpload>(
      html`<polis-file-upload label="Evidence" accept="application/pdf, image/*"></polis-file-upload>`,
    );
    await drop(el, [new File(['x'], 'notes.txt', { type: 'text/plain' })]);
    expect(el.validationMessage).toBe('notes.txt must be a PDF or image');
    await drop(el, [new File(['x'], 'photo.heic', { type: 'image/heic' })]);
    expect(el.checkValidity()).toBe(true);
  });

  it('says which file is too big and what the limit is', async () => {
    const el = await fixture<PolisFileUpload>(
      html`<polis-file-upload label="Evidence" max-size="2MB" multiple></polis-file-upload>`,
    );
    await choose(el, [pdf('small.pdf', 2_000_000), pdf('report.pdf', 2_000_001)]);
    expect(el.validity.rangeOverflow).toBe(true);
    expect(el.validationMessage).toBe('report.pdf must be smaller than 2 MB');
    expect(text(el.shadowRoot!.querySelector('[part~="file-error"]'))).toBe(
      'Error: report.pdf must be smaller than 2 MB',
    );
  });

  it('translates the size and type messages into French', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <polis-file-upload
          label="Justificatif"
          max-size="2 MB"
          accept=".pdf,.jpg,.png"
          multiple
        ></polis-file-upload>
      </div>`,
    );
    const el = wrapper.querySelector('polis-file-upload')!;
    await choose(el, [pdf('rapport.pdf', 3_500_000)]);
    expect(el.validationMessage).toMatch(/^rapport\.pdf doit faire moins de 2\sMo$/);
    expect(text(el.shadowRoot!.querySelector('.file-size'))).toMatch(/^3,5\sMo$/);
    await vi.waitFor(() =>
      expect(politeRegion()?.textContent).toMatch(/^rapport\.pdf ajouté\. rapport\.pdf doit/),
    );
    removeButtons(el)[0]!.click();
    await drop(el, [new File(['x'], 'rapport.exe')]);
    expect(el.validationMessage).toBe('rapport.exe doit être au format PDF, JPG ou PNG');
    expect(text(part(el, 'button'))).toBe('Choisir des fichiers');
    await expect.element(removeButtons(el)[0]!).toHaveAccessibleName('Retirer rapport.exe');
  });

  it('reads max-size as bytes or with kB, MB or GB', () => {
    expect(parseFileSize('1048576')).toBe(1_048_576);
    expect(parseFileSize('500kB')).toBe(500_000);
    expect(parseFileSize('2 MB')).toBe(2_000_000);
    expect(parseFileSize('1.5mb')).toBe(1_500_000);
    expect(parseFileSize('1GB')).toBe(1_000_000_000);
    for (const bad of ['big', '', '-2MB', '0', '2 TB', 'MB']) expect(parseFileSize(bad), bad).toBeNull();
  });

  it('falls back to no limit on a bad max-size, with one warning, and never throws', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisFileUpload>(
      html`<polis-file-upload label="Evidence" max-size="big" multiple></polis-file-upload>`,
    );
    await choose(el, [pdf('huge.pdf', 5_000_000)]);
    await choose(el, [pdf('other.pdf', 6_000_000)]);
    expect(el.checkValidity()).toBe(true);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('max-size="big"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('form.reset() removes the files; value = "" does too', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-file-upload label="Evidence" name="e" multiple></polis-file-upload></form>`,
    );
    const el = form.querySelector('polis-file-upload')!;
    await choose(el, [pdf('a.pdf'), pdf('b.pdf')]);
    form.reset();
    await settle(form);
    expect(el.files).toHaveLength(0);
    expect(part(el, 'list')).toBeNull();
    expect(text(part(el, 'status'))).toBe('No file chosen');
    expect(new FormData(form).has('e')).toBe(false);
    await choose(el, [pdf('a.pdf')]);
    el.value = '';
    await settle(form);
    expect(new FormData(form).has('e')).toBe(false);
  });

  it('restores its files from the FormData state (back/forward)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-file-upload label="Evidence" name="e" multiple></polis-file-upload></form>`,
    );
    const el = form.querySelector('polis-file-upload')!;
    const state = new FormData();
    state.append('e', pdf('a.pdf'));
    state.append('e', pdf('b.pdf'));
    el.formStateRestoreCallback(state);
    await settle(form);
    expect(new FormData(form).getAll('e').map((f) => (f as File).name)).toEqual(['a.pdf', 'b.pdf']);
    el.formStateRestoreCallback('not files');
    await settle(form);
    expect(el.files).toHaveLength(2);
  });

  it('inside <fieldset disabled> is not submitted, ignores drops and disables its buttons', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset><polis-file-upload label="Evidence" name="e"></polis-file-upload></fieldset>
      </form>`,
    );
    const el = form.querySelector('polis-file-upload')!;
    const fieldset = form.querySelector('fieldset')!;
    await choose(el, [pdf('a.pdf')]);
    fieldset.disabled = true;
    await settle(form);
    expect(new FormData(form).has('e')).toBe(false);
    expect(part<HTMLInputElement>(el, 'control')!.disabled).toBe(true);
    expect(removeButtons(el)[0]!.disabled).toBe(true);
    await drop(el, [pdf('b.pdf')]);
    expect(el.files.map((f) => f.name)).toEqual(['a.pdf']);
    fieldset.disabled = false;
    await settle(form);
    expect((new FormData(form).get('e') as File).name).toBe('a.pdf');
  });

  it('shows the "Select" message on submit with nothing chosen, and clears it once a file is chosen', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-file-upload label="A file" name="e" required></polis-file-upload></form>`,
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    const el = form.querySelector('polis-file-upload')!;
    form.requestSubmit();
    await settle(form);
    expect(text(part(el, 'error-message'))).toBe('Error: Select a file');
    await expect
      .element(part(el, 'control')!)
      .toHaveAccessibleDescription('Error: Select a file No file chosen');
    await choose(el, [pdf()]);
    form.requestSubmit();
    await settle(form);
    expect(part(el, 'error-message')).toBeNull();
  });
});
