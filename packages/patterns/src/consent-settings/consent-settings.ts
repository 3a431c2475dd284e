import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  LocalizeController,
  PolisElement,
  type ErrorSummaryItem,
  type PolisErrorSummary,
  type PolisNotificationBanner,
} from '@polis-ds/components';
import { get, getConfig, gpcSignal, onConfigure, save, subscribe } from '../consent/index.js';
import { consentMessages, localText, type ConsentMessages } from '../consent/messages.js';
import { categoryEntries, categoryIds, categoryOf } from '../consent/record.js';
import type { ConsentCategory, ConsentConfig, ConsentRecord } from '../consent/types.js';
import { headingLevel, headingTagFor } from '../base/heading.js';
import { patternBaseStyles } from '../base/styles.js';
import { consentSettingsStyles } from './consent-settings.styles.js';

/** The answers the form takes for each category: the values of its two radios. */
export const CONSENT_ANSWERS = ['yes', 'no'] as const;
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

/** The id of a category's question inside the shadow root (the error summary links to it). */
const questionId = (category: string) => `consent-${category}`;
/** The link to a category's question: the error summary decodes it, so any id survives (`%`, spaces). */
const questionHref = (category: string) => `#${encodeURIComponent(questionId(category))}`;

/**
 * The form of a service's cookies page: one yes-or-no question per optional category, none
 * answered in advance, the strictly necessary cookies explained but not switchable, and a
 * save button. People can come back at any time, so withdrawing consent is as easy as giving
 * it (GDPR article 7(3)).
 *
 * When a valid record exists, its answers are chosen; otherwise nothing is. Saving with a
 * question unanswered shows an error summary (which takes focus) and a message on each
 * question, and saves nothing. Saving records the answers through the consent manager
 * (method `settings`), which deletes the cookies of every refused category, and shows a
 * success banner at the top of the element, which takes focus. While the browser sends
 * Global Privacy Control, the `gpc: true` categories say so in their hint.
 *
 * The form is a real `<form>` in the element's shadow root, with the questions
 * (`polis-radios`) in the same shadow root, so they are associated with it. Its light-DOM
 * children are the no-JavaScript form your server renders (posting to
 * `handleConsentForm`); they are not shown once the element is defined. Renders nothing
 * until `configure()` has been called.
 *
 * @summary The cookies page form: one yes-or-no choice per optional category, so people can change or withdraw consent at any time.
 * @status experimental
 * @since 0.3.0
 *
 * @csspart base - The box around everything.
 * @csspart success - The success notification banner shown after saving.
 * @csspart form - The `<form>`.
 * @csspart error-summary - The error summary.
 * @csspart heading - The heading of the form, a real `<hN>`.
 * @csspart necessary - The section about strictly necessary cookies.
 * @csspart necessary-heading - Its heading, one level below the form's.
 * @csspart question - Each category's `polis-radios`.
 * @csspart save-button - The save button (a `polis-button`).
 */
export class PolisConsentSettings extends PolisElement {
  static override tagName = 'polis-consent-settings';

  static override styles = [patternBaseStyles, consentSettingsStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    headingLevel: { attribute: 'heading-level' },
    isConfigured: { state: true },
    missingAnswers: { state: true },
    showSaved: { state: true },
    recordVersion: { state: true },
  };

  /** The level of the form's heading, 1 to 6 (default 2). The strictly necessary section's heading is one level below. */
  declare headingLevel: string;
  declare private isConfigured: boolean;
  /** The unanswered categories found by the last attempt to save. */
  declare private missingAnswers: string[];
  /** Whether the success banner is shown. */
  declare private showSaved: boolean;
  /** Bumped when the consent record changes, to re-render. */
  declare private recordVersion: number;

  private readonly strings = new LocalizeController<ConsentMessages>(this, consentMessages);
  private stopConfigure: (() => void) | null = null;
  private stopSubscription: (() => void) | null = null;
  private focusAfterUpdate: 'summary' | 'success' | null = null;

  constructor() {
    super();
    this.headingLevel = '2';
    this.isConfigured = false;
    this.missingAnswers = [];
    this.showSaved = false;
    this.recordVersion = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopConfigure = onConfigure(() => this.sync());
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopConfigure?.();
    this.stopConfigure = null;
    this.stopSubscription?.();
    this.stopSubscription = null;
  }

  private sync(): void {
    const config = getConfig();
    if (config && !this.stopSubscription) {
      this.stopSubscription = subscribe(() => {
        this.recordVersion++;
      });
    }
    this.isConfigured = config !== null;
    this.toggleAttribute('hidden', !this.isConfigured);
    this.recordVersion++;
  }

  private get form(): HTMLFormElement | null {
    return this.renderRoot?.querySelector('form') ?? null;
  }

  /** The answers in the form now: `yes`, `no`, or missing for an unanswered category. */
  private readAnswers(config: ConsentConfig): Record<string, ConsentAnswer | undefined> {
    const data = this.form ? new FormData(this.form) : new FormData();
    const answers: Record<string, ConsentAnswer | undefined> = Object.create(null) as Record<
      string,
      ConsentAnswer | undefined
    >;
    for (const id of categoryIds(config)) {
      const value = data.get(id);
      answers[id] = value === 'yes' || value === 'no' ? value : undefined;
    }
    return answers;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.submit();
  };

  /**
   * Saves the answers as the save button does. With a question unanswered it shows the errors
   * and saves nothing. Returns the record, or `null` when there were errors.
   */
  submit(): ConsentRecord | null {
    const config = getConfig();
    if (!config) return null;
    const answers = this.readAnswers(config);
    const missing = categoryIds(config).filter((id) => answers[id] === undefined);
    if (missing.length > 0) {
      this.missingAnswers = missing;
      this.showSaved = false;
      this.focusAfterUpdate = 'summary';
      return null;
    }
    const choices = Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer === 'yes']));
    const record = save(choices, 'settings');
    this.missingAnswers = [];
    this.showSaved = true;
    this.focusAfterUpdate = 'success';
    this.recordVersion++;
    return record;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = null;
    // The summary and the banner render their own boxes first; focus them once they have.
    const element =
      target === 'summary'
        ? this.renderRoot.querySelector<PolisErrorSummary>('polis-error-summary')
        : this.renderRoot.querySelector<PolisNotificationBanner>('polis-notification-banner');
    void element?.updateComplete.then(() => element.focus());
  }

  private message(category: ConsentCategory): string {
    return this.strings.term('consentChoiceRequired', {
      category: localText(category.label, this.strings.lang),
    });
  }

  private hint(category: ConsentCategory): string {
    const lang = this.strings.lang;
    const parts = [localText(category.description, lang)];
    if (category.gpc === true && gpcSignal()) parts.push(this.strings.term('consentGpcSettingsNote'));
    return parts.filter(Boolean).join(' ');
  }

  private renderQuestion(
    id: string,
    category: ConsentCategory,
    record: ConsentRecord | null,
  ): TemplateResult {
    const lang = this.strings.lang;
    const label = localText(category.label, lang);
    const current = record ? (record.choices[id] === true ? 'yes' : 'no') : undefined;
    const error = this.missingAnswers.includes(id) ? this.message(category) : '';
    return html`<polis-radios
      part="question"
      id=${questionId(id)}
      name=${id}
      inline
      legend=${this.strings.term('consentUse', { category: label })}
      hint=${this.hint(category)}
      value=${current ?? nothing}
      error-message=${error || nothing}
    >
      <polis-radio value="yes" label=${this.strings.term('consentYes')}></polis-radio>
      <polis-radio value="no" label=${this.strings.term('consentNo')}></polis-radio>
    </polis-radios>`;
  }

  // The heading tags are lit/static-html literals from headingTagFor() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const config = getConfig();
    if (!this.isConfigured || !config) return nothing;
    const level = headingLevel(this, this.headingLevel);
    const tag = headingTagFor(level);
    const subTag = headingTagFor(level + 1);
    const record = get();
    const categories = categoryEntries(config);
    const summaryItems: ErrorSummaryItem[] = this.missingAnswers.flatMap((id) => {
      const category = categoryOf(config, id);
      return category ? [{ href: questionHref(id), text: this.message(category) }] : [];
    });
    return html`
      <div part="base" class="settings">
        ${
          this.showSaved
            ? html`<polis-notification-banner part="success" type="success" heading-level=${String(level)}>
                <p>${this.strings.term('consentSaved')}</p>
              </polis-notification-banner>`
            : nothing
        }
        <form part="form" class="form" novalidate @submit=${this.onSubmit}>
          <polis-error-summary part="error-summary" heading-level=${String(level)} .errors=${summaryItems}></polis-error-summary>
          <${tag} part="heading" class="heading">${this.strings.term('consentSettingsHeading')}</${tag}>
          <div part="necessary" class="necessary">
            <${subTag} part="necessary-heading" class="subheading">${this.strings.term('consentNecessaryHeading')}</${subTag}>
            <p>${this.strings.term('consentNecessaryText')}</p>
          </div>
          ${repeat(
            categories,
            ([id]) => id,
            ([id, category]) => this.renderQuestion(id, category, record),
          )}
          <input type="hidden" name="consent" value="save" />
          <polis-button part="save-button" type="submit">${this.strings.term('consentSave')}</polis-button>
        </form>
      </div>
    `;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
