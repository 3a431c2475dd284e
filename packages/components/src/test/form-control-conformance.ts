import { html } from 'lit';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActiveElement, fixture, part, settle } from './fixture.js';

type Control = HTMLElement & {
  value: string;
  form: HTMLFormElement | null;
  validity: ValidityState;
  validationMessage: string;
  willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  formStateRestoreCallback(state: string, mode: string): void;
  updateComplete: Promise<boolean>;
};

export interface ConformanceOptions {
  /** The custom element's tag. */
  tag: string;
  /** A value a person could give. */
  sample: string;
  /** Gives the control a value the way a person would (an empty string clears it). */
  fill(control: Control, value: string): Promise<void>;
  /** Whether Enter in the control submits its form (text fields). */
  implicitSubmit?: boolean;
  /** The attribute that names the control: `label` (default), or `legend` for groups. */
  labelAttribute?: string;
  /**
   * The native element inside that takes focus and carries `aria-invalid` and `disabled`
   * (default: the `control` part). For a group, its first option.
   */
  inner?(control: Control): HTMLElement | null;
  /** Adds what the control needs before use, such as its options. */
  setup?(control: Control): void;
  /**
   * What `FormData` holds for the control when it is empty: `''` for a field (as a native
   * input sends `name=`), `null` for a choice, which, like a native checkbox, sends nothing.
   */
  emptyFormValue?: string | null;
  /**
   * Whether the `value` attribute gives the control its default (true for fields). A file
   * control has none: the tests then give it the sample with `fill`.
   */
  defaultByAttribute?: boolean;
  /** Turns a `FormData` entry into the text compared with `sample` (a File: its name). */
  readFormValue?(entry: FormDataEntryValue | null): string | null;
  /** The control's current value as text compared with `sample` (default: `value`). */
  readValue?(control: Control): string;
  /** The state the browser would hand back on back/forward (default: `sample`). */
  restoreState?(sample: string): string | FormData;
  /** The message for `required` and empty, for a control labelled "Full name" (default "Enter full name"). */
  requiredMessage?: { en: string; fr: string; outer: string };
}

let currentSetup: ConformanceOptions['setup'];
let currentLabelAttribute = 'label';

function create(tag: string, attributes: Record<string, string | boolean>): Control {
  const element = document.createElement(tag) as Control;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    const attribute = name === 'label' ? currentLabelAttribute : name;
    element.setAttribute(attribute, value === true ? '' : value);
  }
  currentSetup?.(element);
  return element;
}

/** Renders `<form>` with the control in it (optionally inside a fieldset) and returns both. */
async function inForm(
  tag: string,
  attributes: Record<string, string | boolean>,
  { fieldsetDisabled = false } = {},
): Promise<{ form: HTMLFormElement; control: Control; fieldset: HTMLFieldSetElement }> {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <fieldset></fieldset>
      <button type="button">Other</button>
    </form>`,
  );
  const fieldset = form.querySelector('fieldset')!;
  fieldset.disabled = fieldsetDisabled;
  const control = create(tag, { label: 'Full name', name: 'field', ...attributes });
  fieldset.append(control);
  await settle(form);
  return { form, control, fieldset };
}

/**
 * The guarantees every Polis form control gives, run against each one, so none depends on
 * its author remembering them. Each compares with what a native control does.
 */
export function runFormControlConformance(options: ConformanceOptions): void {
  const { tag, sample, fill } = options;
  const inner = (control: Control) => options.inner?.(control) ?? part(control, 'control');
  const byAttribute = options.defaultByAttribute ?? true;
  const readEntry = (entry: FormDataEntryValue | null) =>
    options.readFormValue ? options.readFormValue(entry) : entry;
  const readValue = (control: Control) => (options.readValue ? options.readValue(control) : control.value);
  const messages = options.requiredMessage ?? {
    en: 'Enter full name',
    fr: 'Saisissez nom complet',
    outer: 'Enter outer label',
  };

  describe(`${tag}: form-control conformance`, () => {
    beforeEach(() => {
      currentSetup = options.setup;
      currentLabelAttribute = options.labelAttribute ?? 'label';
    });

    it('is form-associated and submits its value under its name', async () => {
      const { form, control } = await inForm(tag, byAttribute ? { value: sample } : {});
      if (!byAttribute) await fill(control, sample);
      expect(control.form).toBe(form);
      expect(readEntry(new FormData(form).get('field'))).toBe(sample);
      await fill(control, '');
      await fill(control, sample);
      expect(readValue(control)).toBe(sample);
      expect(readEntry(new FormData(form).get('field'))).toBe(sample);
    });

    it('fires input and change from the host as a person changes the value', async () => {
      const { control } = await inForm(tag, {});
      const events: string[] = [];
      control.addEventListener('input', () => events.push('input'));
      control.addEventListener('change', () => events.push('change'));
      await fill(control, sample);
      (control.shadowRoot?.querySelector('[part~="control"]') as HTMLElement | null)?.blur();
      expect(events).toContain('input');
      expect(events).toContain('change');
    });

    it('form.reset() restores the default value and clears the error', async () => {
      const { form, control } = await inForm(tag, { value: '', required: true });
      expect(control.reportValidity()).toBe(false);
      await settle(form);
      expect(part(control, 'error-message')).not.toBeNull();
      await fill(control, sample);
      form.reset();
      await settle(form);
      expect(control.value).toBe('');
      expect(new FormData(form).get('field')).toBe(
        options.emptyFormValue === undefined ? '' : options.emptyFormValue,
      );
      expect(part(control, 'error-message')).toBeNull();
      expect(inner(control)?.getAttribute('aria-invalid')).toBeNull();
    });

    it('inside <fieldset disabled> is disabled, unfocusable and not submitted', async () => {
      const { form, control, fieldset } = await inForm(tag, byAttribute ? { value: sample } : {}, {
        fieldsetDisabled: byAttribute,
      });
      if (!byAttribute) {
        await fill(control, sample);
        fieldset.disabled = true;
        await settle(form);
      }
      expect(control.matches(':disabled')).toBe(true);
      expect(new FormData(form).has('field')).toBe(false);
      expect(control.willValidate).toBe(false);
      control.focus();
      expect(deepActiveElement()).not.toBe(inner(control));
      expect((inner(control) as HTMLInputElement).disabled).toBe(true);

      fieldset.disabled = false;
      await settle(form);
      expect(control.matches(':disabled')).toBe(false);
      expect(readEntry(new FormData(form).get('field'))).toBe(sample);
      control.focus();
      expect(deepActiveElement()).toBe(inner(control));
    });

    it('has the constraint validation API of a native control', async () => {
      const { form, control } = await inForm(tag, { required: true });
      const native = document.createElement('input');
      native.required = true;
      form.append(native);

      expect(control.willValidate).toBe(native.willValidate);
      expect(control.checkValidity()).toBe(native.checkValidity());
      expect(control.validity.valueMissing).toBe(native.validity.valueMissing);
      expect(control.validity.valid).toBe(false);
      expect(control.validationMessage).toBe(messages.en);
      expect(form.checkValidity()).toBe(false);

      await fill(control, sample);
      native.value = sample;
      expect(control.checkValidity()).toBe(native.checkValidity());
      expect(control.validity.valid).toBe(true);
      expect(control.validationMessage).toBe('');

      control.setCustomValidity('Choose another name');
      native.setCustomValidity('Choose another name');
      expect(control.validity.customError).toBe(native.validity.customError);
      expect(control.checkValidity()).toBe(false);
      expect(control.validationMessage).toBe('Choose another name');
      control.setCustomValidity('');
      expect(control.checkValidity()).toBe(true);
    });

    it('shows a GOV.UK-style error, prefixed for screen readers, when validation fails', async () => {
      const { form, control } = await inForm(tag, { required: true });
      expect(part(control, 'error-message')).toBeNull();
      expect(control.reportValidity()).toBe(false);
      await settle(form);
      const message = part(control, 'error-message');
      expect(message?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`Error: ${messages.en}`);
      const native = inner(control)!;
      // A group (radios, date parts) is described on its fieldset; a single field on itself.
      const described = native.closest('fieldset') ?? native;
      expect(described.getAttribute('aria-describedby')?.split(' ')).toContain(message?.id);
      expect((native.closest('fieldset[aria-invalid]') ?? native).getAttribute('aria-invalid')).toBe('true');
      // The first invalid field takes focus when there is no error summary.
      expect(deepActiveElement()).toBe(native);
    });

    it('translates the validation message from the nearest lang', async () => {
      const form = await fixture<HTMLFormElement>(html`<div lang="fr"><form></form></div>`);
      const control = create(tag, { label: 'Nom complet', name: 'field', required: true });
      form.querySelector('form')!.append(control);
      await settle(form);
      expect(control.checkValidity()).toBe(false);
      expect(control.validationMessage).toBe(messages.fr);
      form.setAttribute('lang', 'en');
      await settle(form);
      expect(control.checkValidity()).toBe(false);
      expect(control.validationMessage).toBe(messages.en.replace('full name', 'nom complet'));
    });

    it('restores its state when the browser restores the form (back/forward)', async () => {
      const { form, control } = await inForm(tag, {});
      const state = options.restoreState ? options.restoreState(sample) : sample;
      (control.formStateRestoreCallback as (state: string | FormData, mode: string) => void)(
        state,
        'restore',
      );
      await control.updateComplete;
      expect(readValue(control)).toBe(sample);
      expect(readEntry(new FormData(form).get('field'))).toBe(sample);
    });

    it('<label for> and host.focus() reach the inner control', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><label for="outer">Outer label</label></div>`);
      const control = create(tag, { id: 'outer', name: 'field' });
      wrapper.append(control);
      await settle(wrapper);
      await userEvent.click(wrapper.querySelector('label')!);
      expect(deepActiveElement()).toBe(inner(control));
      (document.activeElement as HTMLElement | null)?.blur();
      control.focus();
      expect(deepActiveElement()).toBe(inner(control));
      // The outer label names the control and its messages.
      expect(control.checkValidity()).toBe(true);
      control.setAttribute('required', '');
      await settle(wrapper);
      expect(control.checkValidity()).toBe(false);
      expect(control.validationMessage).toBe(messages.outer);
    });

    if (options.implicitSubmit) {
      it('Enter submits its form through the default button', async () => {
        const { form, control } = await inForm(tag, { value: sample });
        const submit = document.createElement('button');
        submit.textContent = 'Save';
        form.append(submit);
        const submitters: Array<HTMLElement | null> = [];
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          submitters.push(event.submitter);
        });
        control.focus();
        await userEvent.keyboard('{Enter}');
        expect(submitters).toEqual([submit]);

        submit.disabled = true;
        await userEvent.keyboard('{Enter}');
        expect(submitters).toHaveLength(1);
      });

      it('Enter submits a form that has no submit button', async () => {
        const { form, control } = await inForm(tag, { value: sample });
        let submitted = 0;
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          submitted++;
        });
        control.focus();
        await userEvent.keyboard('{Enter}');
        expect(submitted).toBe(1);
      });
    }
  });
}
