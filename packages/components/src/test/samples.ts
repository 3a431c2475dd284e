/// <reference types="vite/client" />
// import.meta.glob (Vite) lists the component folders.
/**
 * One sample per component, each in a state that shows as many of its built-in strings as
 * practical (errors, counts, dividers, prefixes, buttons…). The locale and right-to-left
 * suites render every sample; a component added without a sample fails them (see
 * `COMPONENT_FOLDERS`), so add one here when you add a component.
 *
 * The text in the templates is the service's own (labels, legends, error messages from a
 * server) and stays English; the strings under test are the ones the components add.
 */
import { html, type TemplateResult } from 'lit';
import '../components/alert/define.js';
import '../components/button/define.js';
import '../components/checkbox/define.js';
import '../components/checkboxes/define.js';
import '../components/date-input/define.js';
import '../components/display-settings/define.js';
import '../components/error-summary/define.js';
import '../components/fieldset/define.js';
import '../components/file-upload/define.js';
import '../components/inset-text/define.js';
import '../components/notification-banner/define.js';
import '../components/password-input/define.js';
import '../components/phase-banner/define.js';
import '../components/radio/define.js';
import '../components/radios/define.js';
import '../components/select/define.js';
import '../components/service-alert/define.js';
import '../components/tag/define.js';
import '../components/text-input/define.js';
import '../components/textarea/define.js';
import '../components/toast/define.js';
import '../components/toast-region/define.js';
import '../components/warning-text/define.js';

/** An element inside a sample: a host in the sample (CSS selector) and, in its shadow root, a part. */
export interface Target {
  host: string;
  selector: string;
  /** A pseudo-element, such as the checkbox's tick (`::after`). */
  pseudo?: string;
}

/** What each sample must show, beyond its text starting at the inline-start edge. */
export interface Expectation {
  /** `fixed-inline-end`: fixed to the window's block-end, inline-end corner (the toast region). */
  layout?: 'flow' | 'fixed-inline-end';
  /** An icon before the text (the element's `[part~="icon"]`): it is what starts at the edge. */
  leadingIcon?: string;
  /** Boxes with an accent border on the inline-start side (an element's `[part~="base"]`, or `selector`). */
  startBorders?: (string | Target)[];
  /** Pairs that follow the inline direction: `before` is at the start, `after` at the end. */
  inlineOrder?: { host: string; before: string; after: string }[];
  /** Icons whose direction carries meaning: flipped in rtl. */
  mirrored?: Target[];
  /** Icons that mean the same both ways (a tick, "!"): drawn the same in ltr and rtl. */
  unmirrored?: Target[];
}

export interface Sample {
  /** The component's folder under `src/components`. */
  name: string;
  /** The tag of the element the sample is about (several may be rendered). */
  tag: string;
  template: TemplateResult;
  /**
   * Runs after the sample has rendered, to reach a state a template cannot declare: files
   * dropped, client-side validation run, a password shown. The caller settles afterwards.
   */
  prepare?: (root: HTMLElement) => Promise<void> | void;
  /** What the right-to-left test checks beyond text starting at the inline-start edge. */
  rtl?: Expectation;
}

/** Every folder of `src/components`, so a component without a sample is caught. */
export const COMPONENT_FOLDERS = Object.keys(import.meta.glob('../components/*/define.ts')).map((path) =>
  path.split('/').at(-2)!,
);

function all<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return [...root.querySelectorAll<T>(selector)];
}

/** Validates the way a submission would, so the client-side (translated) messages show. */
function report(root: HTMLElement, selector: string): void {
  for (const el of all<HTMLElement & { reportValidity(): boolean }>(root, selector)) el.reportValidity();
}

/** Drops files on a file upload's drop zone, as a person dragging them from their desktop. */
function dropFiles(upload: HTMLElement, files: File[]): void {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  const zone = upload.shadowRoot!.querySelector('[part~="drop-zone"]')!;
  zone.dispatchEvent(
    new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer: data }),
  );
}

/** Types into one part of a date input. */
function typeDatePart(date: Element, part: 'day' | 'month' | 'year', value: string): void {
  const input = date.shadowRoot!.querySelector<HTMLInputElement>(`input[part~="${part}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Samples kept beside each other in `./samples/<folder>.ts`, each exporting `samples`, so
 * components added together do not edit one long list.
 */
const sampleModules = import.meta.glob<{ samples: Sample[] }>('./samples/*.ts', { eager: true });

export const samples: Sample[] = [
  ...Object.values(sampleModules).flatMap((module) => module.samples),
  {
    name: 'alert',
    tag: 'polis-alert',
    template: html`
      <polis-alert heading="Your application is in progress"
        >We will email you when it has been checked.</polis-alert
      >
      <polis-alert variant="success" heading="Payment received">Your reference is HDJ2123F.</polis-alert>
      <polis-alert variant="warning">You have 2 days left to send your documents.</polis-alert>
      <polis-alert variant="error" heading="We could not save your answers">Try again later.</polis-alert>
    `,
  },
  {
    name: 'button',
    tag: 'polis-button',
    template: html`
      <polis-button start href="#start" target="_blank">Start now</polis-button>
      <polis-button variant="secondary">Save as draft</polis-button>
    `,
  },
  {
    name: 'checkbox',
    tag: 'polis-checkbox',
    template: html`<polis-checkbox
      name="terms"
      label="I agree to the terms and conditions"
      hint="You can read them on the next page"
      required
    ></polis-checkbox>`,
    prepare: (root) => report(root, 'polis-checkbox'),
  },
  {
    name: 'checkboxes',
    tag: 'polis-checkboxes',
    template: html`<polis-checkboxes
      legend="Will you be travelling to any of these countries?"
      hint="Select all countries that apply"
      name="countries"
      required
    >
      <polis-checkbox value="france" label="France"></polis-checkbox>
      <polis-checkbox
        value="portugal"
        label="Portugal"
        hint="Including Madeira and the Azores"
      ></polis-checkbox>
      <polis-checkbox value="spain" label="Spain"></polis-checkbox>
      <polis-checkbox
        value="none"
        label="No, I will not be travelling to any of these countries"
        exclusive
      ></polis-checkbox>
    </polis-checkboxes>`,
    prepare: (root) => report(root, 'polis-checkboxes'),
  },
  {
    name: 'date-input',
    tag: 'polis-date-input',
    template: html`
      <polis-date-input
        legend="When was your passport issued?"
        hint="For example, 27 3 2007"
        name="issued"
        error-message="Date your passport was issued must include a month"
        error-parts="month"
      ></polis-date-input>
      <polis-date-input legend="Date of birth" name="dob" autocomplete="bday" required></polis-date-input>
    `,
    prepare: (root) => {
      const [, dob] = all(root, 'polis-date-input');
      typeDatePart(dob!, 'day', '12');
      typeDatePart(dob!, 'year', '1990');
      report(root, 'polis-date-input[name="dob"]');
    },
  },
  {
    name: 'display-settings',
    tag: 'polis-display-settings',
    template: html`<polis-display-settings></polis-display-settings>`,
  },
  {
    name: 'error-summary',
    tag: 'polis-error-summary',
    template: html`<polis-error-summary>
      <a href="#sample-full-name">Enter your full name</a>
      <a href="#sample-email">Enter an email address in the correct format, like name@example.com</a>
    </polis-error-summary>`,
  },
  {
    name: 'fieldset',
    tag: 'polis-fieldset',
    template: html`<polis-fieldset legend="What is your address?" legend-size="l" heading-level="1">
      <polis-text-input label="Address line 1" name="line-1" autocomplete="address-line1"></polis-text-input>
      <polis-text-input
        label="Town or city"
        name="town"
        autocomplete="address-level2"
        width="two-thirds"
      ></polis-text-input>
    </polis-fieldset>`,
  },
  {
    name: 'file-upload',
    tag: 'polis-file-upload',
    template: html`
      <polis-file-upload
        label="Upload your evidence"
        hint="PDF or image files, smaller than 1 MB"
        name="evidence"
        accept=".pdf,image/*"
        max-size="1MB"
        multiple
      ></polis-file-upload>
      <polis-file-upload label="Upload a photo" name="photo" accept="image/*" required></polis-file-upload>
    `,
    prepare: (root) => {
      const [evidence] = all(root, 'polis-file-upload');
      dropFiles(evidence!, [
        new File([new Uint8Array(245_000)], 'payslip-march.pdf', { type: 'application/pdf' }),
        new File([new Uint8Array(2_400_000)], 'bank-statement.pdf', { type: 'application/pdf' }),
        new File(['x'], 'notes.exe', { type: 'application/x-msdownload' }),
      ]);
      report(root, 'polis-file-upload[name="photo"]');
    },
  },
  {
    name: 'inset-text',
    tag: 'polis-inset-text',
    template: html`<polis-inset-text
      >It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the
      application.</polis-inset-text
    >`,
  },
  {
    name: 'notification-banner',
    tag: 'polis-notification-banner',
    template: html`
      <polis-notification-banner dismissible>
        <p>You have 7 days left to send your application.</p>
      </polis-notification-banner>
      <polis-notification-banner type="success" disable-auto-focus>
        <h3>Training outcome recorded and trainee withdrawn</h3>
      </polis-notification-banner>
    `,
  },
  {
    name: 'password-input',
    tag: 'polis-password-input',
    template: html`
      <polis-password-input
        label="Password"
        name="password"
        value="correct horse"
        error-message="Enter your password"
      ></polis-password-input>
      <polis-password-input
        label="Create a password"
        name="new-password"
        autocomplete="new-password"
      ></polis-password-input>
    `,
    prepare: (root) => {
      // The second one shown, so "Hide" and its label are rendered too.
      all(root, 'polis-password-input')[1]!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    },
  },
  {
    name: 'phase-banner',
    tag: 'polis-phase-banner',
    template: html`
      <polis-phase-banner feedback-href="#feedback"></polis-phase-banner>
      <polis-phase-banner phase="alpha" feedback-href="#feedback"></polis-phase-banner>
    `,
  },
  {
    name: 'radio',
    tag: 'polis-radio',
    template: html`<polis-radios legend="How would you prefer to be contacted?" name="contact" value="email">
      <polis-radio value="email" label="Email" hint="We will not share it">
        <polis-text-input label="Email address" name="contact-email" type="email"></polis-text-input>
      </polis-radio>
      <polis-radio value="phone" label="Phone"></polis-radio>
      <polis-radio divider></polis-radio>
      <polis-radio value="post" label="Post" disabled></polis-radio>
    </polis-radios>`,
  },
  {
    name: 'radios',
    tag: 'polis-radios',
    template: html`<polis-radios
      legend="Which district do you live in?"
      hint="Select one option"
      name="district"
      required
    >
      <polis-radio value="north" label="North"></polis-radio>
      <polis-radio value="riverside" label="Riverside"></polis-radio>
      <polis-radio value="old-town" label="Old Town"></polis-radio>
      <polis-radio divider></polis-radio>
      <polis-radio value="abroad" label="I live outside the city"></polis-radio>
    </polis-radios>`,
    prepare: (root) => report(root, 'polis-radios'),
  },
  {
    name: 'select',
    tag: 'polis-select',
    template: html`<polis-select label="Country" hint="Where you live now" name="country" required>
      <option value="">Choose a country</option>
      <option value="fr">France</option>
      <option value="pt">Portugal</option>
    </polis-select>`,
    prepare: (root) => report(root, 'polis-select'),
  },
  {
    name: 'service-alert',
    tag: 'polis-service-alert',
    template: html`
      <polis-service-alert heading="Planned maintenance on 3 June" dismissible alert-id="samples-maintenance"
        >You will not be able to sign in from 8pm to 10pm.</polis-service-alert
      >
      <polis-service-alert severity="warning" heading="Payments are delayed"
        >Payments may take 2 days longer than usual.</polis-service-alert
      >
      <polis-service-alert severity="emergency" heading="Flood warning in the river valley"
        >Move to higher ground now.</polis-service-alert
      >
    `,
  },
  {
    name: 'tag',
    tag: 'polis-tag',
    template: html`<polis-tag color="green">Completed</polis-tag>
      <polis-tag color="red">Cannot start yet</polis-tag>`,
  },
  {
    name: 'text-input',
    tag: 'polis-text-input',
    template: html`
      <polis-text-input
        id="sample-full-name"
        label="Full name"
        name="name"
        error-message="Enter your full name"
      ></polis-text-input>
      <polis-text-input
        id="sample-email"
        label="Email address"
        name="email"
        type="email"
        value="ada@"
        required
      ></polis-text-input>
      <polis-text-input label="National insurance number" name="nino" required></polis-text-input>
      <polis-text-input label="Cost" name="cost" prefix="€" suffix="per item" width="5"></polis-text-input>
    `,
    prepare: (root) => report(root, 'polis-text-input[required]'),
  },
  {
    name: 'textarea',
    tag: 'polis-textarea',
    template: html`
      <polis-textarea
        label="Job description"
        name="job"
        max-chars="40"
        value="Plan, build and run public digital services for everyone."
      ></polis-textarea>
      <polis-textarea
        label="Why do you want to apply?"
        name="why"
        max-words="10"
        value="Because I like to help people in my town."
      ></polis-textarea>
    `,
    prepare: (root) => report(root, 'polis-textarea[name="job"]'),
  },
  {
    name: 'toast',
    tag: 'polis-toast',
    template: html`
      <polis-toast variant="success" heading="Address updated"
        >We will send letters to your new address.</polis-toast
      >
      <polis-toast>A copy of your answers has been sent to your email.</polis-toast>
      <polis-toast variant="warning">Your session will end in 5 minutes.</polis-toast>
      <polis-toast variant="error">Your draft could not be saved.</polis-toast>
    `,
  },
  {
    name: 'toast-region',
    tag: 'polis-toast-region',
    template: html`<polis-toast-region>
      <polis-toast variant="success">Your address has been updated.</polis-toast>
    </polis-toast-region>`,
  },
  {
    name: 'warning-text',
    tag: 'polis-warning-text',
    template: html`<polis-warning-text
      >You can be fined up to £5,000 if you do not register.</polis-warning-text
    >`,
  },
];
