import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { LocalizeController, PolisElement, announce, ensureAnnouncer, safeHref } from '@polis-ds/components';
import { focusAfterLeaving, hasFocusWithin } from '../base/focus.js';
import { headingLevel, headingTagFor } from '../base/heading.js';
import { patternBaseStyles } from '../base/styles.js';
import { daysBetween, localDate, parseIsoDate } from '../proactive/dates.js';
import {
  PolisPromptAcceptEvent,
  PolisPromptDismissEvent,
  PolisPromptSnoozeEvent,
} from '../proactive/events.js';
import { proactiveMessages, type ProactiveMessages } from '../proactive/messages.js';
import { DEFAULT_SNOOZE_DAYS, dismiss, isVisible, snooze, subscribe } from '../proactive/preferences.js';
import type { EvaluatedFact, EvaluatedOffer } from '../proactive/types.js';
import { servicePromptStyles } from './service-prompt.styles.js';

/**
 * Where focus goes after a prompt that held it hides itself. A container that shows several
 * prompts (`polis-prompt-list`) sets it, through this symbol rather than a tag name, to move
 * focus to the next prompt; a prompt on its own moves focus to the page's main content.
 */
export const focusAfterHide = Symbol('polis.servicePrompt.focusAfterHide');

/** Marks where a placeholder goes in a translated message, to wrap it in markup. */
const MARK = '\u{F0000}';

/** Ends a sentence with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…。]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * Whether a value has the shape `evaluate()` gives, so that rendering it cannot throw. An
 * offer that arrives as JSON (from a CMS, or evaluated on a server) may be anything.
 */
export function isEvaluatedOffer(value: unknown): value is EvaluatedOffer {
  if (typeof value !== 'object' || value === null) return false;
  const offer = value as Record<string, unknown>;
  const action = offer.action as Record<string, unknown> | null | undefined;
  const deadline = offer.deadline as Record<string, unknown> | null | undefined;
  return (
    isText(offer.id) &&
    offer.id !== '' &&
    isText(offer.title) &&
    isText(offer.summary) &&
    isText(offer.reason) &&
    (offer.lang === undefined || offer.lang === null || isText(offer.lang)) &&
    typeof action === 'object' &&
    action !== null &&
    isText(action.label) &&
    (action.href === undefined || action.href === null || isText(action.href)) &&
    (deadline === undefined ||
      deadline === null ||
      (typeof deadline === 'object' && isText(deadline.date) && isText(deadline.text))) &&
    Array.isArray(offer.facts) &&
    offer.facts.every(
      (fact: unknown) =>
        typeof fact === 'object' &&
        fact !== null &&
        isText((fact as EvaluatedFact).label) &&
        isText((fact as EvaluatedFact).text) &&
        ((fact as EvaluatedFact).source === null ||
          (fact as EvaluatedFact).source === undefined ||
          isText((fact as EvaluatedFact).source)),
    )
  );
}

/**
 * An offer of help, made before people ask: a service they might need, why they are seeing
 * it, and what they can do about it. It shows an `EvaluatedOffer` from `evaluate()`
 * (`@polis-ds/patterns/proactive`): a heading, the summary, an optional deadline in words
 * and as a machine-readable `<time>`, the primary action, "Not now", "Don't show me this
 * again", and a "Why am I seeing this?" disclosure that lists the reason and each fact used
 * with where it came from.
 *
 * It is a region named by its heading. It never has `role="alert"`, never announces itself
 * and never takes focus: people meet it as they read the page. After "Not now" or "Don't
 * show me this again" it hides itself, says what happened and how to undo it (through the
 * shared polite live region), and, if it held focus, moves focus somewhere sensible: the next
 * prompt in a `polis-prompt-list`, else the page's main content.
 *
 * It follows the person's choices (`@polis-ds/patterns/proactive` preferences): it is `hidden`
 * while its offer is snoozed or dismissed, or suggestions are off.
 *
 * @summary Offers a service people might need before they ask, and explains why.
 * @status draft
 * @since 0.3.0
 *
 * @csspart base - The region: a `<section>` named by the heading.
 * @csspart heading - The heading, a real `<hN>`.
 * @csspart title - The offer's title inside the heading (the region's name).
 * @csspart tag - The "New" tag, when `new` is set.
 * @csspart summary - The summary paragraph.
 * @csspart deadline - The deadline paragraph.
 * @csspart actions - The row of buttons.
 * @csspart action - The primary action: a link styled as a button, or a button.
 * @csspart not-now - The "Not now" button.
 * @csspart dismiss - The "Don't show me this again" button.
 * @csspart why - The "Why am I seeing this?" `<details>`.
 * @csspart why-summary - Its `<summary>`.
 * @csspart why-content - What it reveals.
 * @csspart reason - The reason, in plain language.
 * @csspart facts - The list of facts used (`<dl>`).
 * @csspart settings-link - The link to the suggestion settings.
 * @cssprop --polis-service-prompt-accent - Colour of the bar above the prompt (default: the link colour).
 *
 * @event polis-prompt-accept - Before the primary action is followed. Cancelable: cancel it to stop the link. `detail`: `{ offerId, href }`.
 * @event polis-prompt-snooze - Before "Not now" hides the prompt. Cancelable. `detail`: `{ offerId, days }`.
 * @event polis-prompt-dismiss - Before "Don't show me this again" hides the prompt. Cancelable. `detail`: `{ offerId }`.
 */
export class PolisServicePrompt extends PolisElement {
  static override tagName = 'polis-service-prompt';

  static override styles = [patternBaseStyles, servicePromptStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    offer: { attribute: false },
    headingLevel: { attribute: 'heading-level' },
    snoozeDays: { attribute: 'snooze-days' },
    preferencesHref: { attribute: 'preferences-href' },
    new: { type: Boolean, reflect: true },
  };

  /** The offer to show, as `evaluate()` gives it. Nothing shows without one. */
  declare offer: EvaluatedOffer | null;
  /** The level of the heading, 1 to 6 (default 2). */
  declare headingLevel: string;
  /** How many days "Not now" hides the offer for (default 30). */
  declare snoozeDays: string | number;
  /** The address of the suggestion settings (a page with `polis-proactive-preferences`), linked from the explanation. */
  declare preferencesHref: string | undefined;
  /** Shows a "New" tag: the person has not seen this offer before. `polis-prompt-list` sets it. */
  declare new: boolean;

  /** Set by a container to choose where focus goes after this prompt hides (see `focusAfterHide`). */
  [focusAfterHide]?: (prompt: PolisServicePrompt) => HTMLElement | null | undefined;

  private readonly strings = new LocalizeController<ProactiveMessages>(this, proactiveMessages);
  private stopWatching: (() => void) | null = null;
  private warnedOffer: unknown = null;

  constructor() {
    super();
    this.offer = null;
    this.headingLevel = '2';
    this.snoozeDays = DEFAULT_SNOOZE_DAYS;
    this.preferencesHref = undefined;
    this.new = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ensureAnnouncer();
    this.stopWatching = subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** The offer, if it has what a prompt needs; otherwise `null`, with one warning. */
  private get shownOffer(): EvaluatedOffer | null {
    const offer = this.offer;
    if (offer === null || offer === undefined) return null;
    if (!isEvaluatedOffer(offer)) {
      if (this.warnedOffer !== offer) {
        this.warnedOffer = offer;
        this.warn(
          'offer',
          'was given an offer that is not what evaluate() gives (an id, and title, summary, reason, action.label and each fact’s label and text as text). Give it one from evaluate().',
        );
      }
      return null;
    }
    return offer;
  }

  /** Whether the prompt shows now: it has an offer that the person's choices allow. */
  get showing(): boolean {
    const offer = this.shownOffer;
    return offer !== null && isVisible(offer.id);
  }

  private get days(): number {
    const value = Number(this.snoozeDays);
    if (Number.isInteger(value) && value >= 1 && value <= 3660) return value;
    this.warn(
      `snooze-days:${String(this.snoozeDays)}`,
      `snooze-days="${String(this.snoozeDays)}" is not a whole number of days from 1 to 3660; using ${DEFAULT_SNOOZE_DAYS}.`,
    );
    return DEFAULT_SNOOZE_DAYS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.toggleAttribute('hidden', !this.showing);
  }

  /**
   * Moves focus to the heading, so a screen reader reads it. The prompt never calls this
   * itself; `polis-prompt-list` does when the prompt before it is hidden.
   */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('[part~="heading"]');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
    heading.focus();
  }

  private readonly onAccept = (event: MouseEvent): void => {
    const offer = this.shownOffer;
    if (!offer) return;
    const href = safeHref(this, offer.action.href, 'offer.action.href') ?? null;
    const accepted = this.dispatchEvent(new PolisPromptAcceptEvent({ offerId: offer.id, href }));
    // Cancelled: the link is not followed.
    if (!accepted) event.preventDefault();
  };

  private readonly onSnooze = (): void => {
    const offer = this.shownOffer;
    if (!offer) return;
    const days = this.days;
    if (!this.dispatchEvent(new PolisPromptSnoozeEvent({ offerId: offer.id, days }))) return;
    this.leave(
      () => snooze(offer.id, days),
      this.strings.term('proactiveSnoozedAnnouncement', { count: days }),
    );
  };

  private readonly onDismiss = (): void => {
    const offer = this.shownOffer;
    if (!offer) return;
    if (!this.dispatchEvent(new PolisPromptDismissEvent({ offerId: offer.id }))) return;
    this.leave(() => dismiss(offer.id), this.strings.term('proactiveDismissedAnnouncement'));
  };

  /** Records the choice, hides at once, says what happened, and puts focus somewhere sensible. */
  private leave(record: () => void, message: string): void {
    const hadFocus = hasFocusWithin(this);
    record();
    this.toggleAttribute('hidden', !this.showing);
    void announce(message);
    if (!hadFocus) return;
    const target = this[focusAfterHide]?.(this);
    if (target) return;
    focusAfterLeaving(this);
  }

  /** "Deadline: <time>3 June 2026</time> (63 days left)". */
  private renderDeadline(offer: EvaluatedOffer): TemplateResult | typeof nothing {
    const deadline = offer.deadline;
    const date = parseIsoDate(deadline?.date);
    if (!deadline || !date) return nothing;
    const [before = '', after = ''] = this.strings.term('proactiveDeadline', { date: MARK }).split(MARK);
    const left = daysBetween(localDate(new Date()), date);
    return html`<p part="deadline" class="deadline">
      <strong>${before}<time datetime=${deadline.date}>${deadline.text}</time>${after}</strong>
      ${left >= 0 ? html`<span class="days-left">(${this.strings.term('proactiveDaysLeft', { count: left })})</span>` : nothing}
    </p>`;
  }

  private factValue(fact: EvaluatedFact): string {
    if (fact.type === 'boolean')
      return this.strings.term(fact.value === true ? 'proactiveYes' : 'proactiveNo');
    return fact.text;
  }

  /** `own`: the `lang` of the element's own strings when it differs from the offer's. */
  private renderWhy(offer: EvaluatedOffer, own: string | typeof nothing): TemplateResult {
    const settings = safeHref(this, this.preferencesHref, 'preferences-href');
    return html`<details part="why" class="details">
      <summary part="why-summary" class="details-summary">
        <span class="details-summary-text" lang=${own}>${this.strings.term('proactiveWhy')}</span>
      </summary>
      <div part="why-content" class="details-text">
        <p part="reason" class="reason">${sentence(offer.reason)}</p>
        ${
          offer.facts.length > 0
            ? html`<p class="data-used" lang=${own}>${this.strings.term('proactiveDataUsed')}</p>
                <dl part="facts" class="facts">
                  ${offer.facts.map(
                    (fact) =>
                      html`<div class="fact">
                        <dt class="fact-label">${fact.label}</dt>
                        <dd class="fact-value">
                          ${
                            fact.type === 'date' && typeof fact.value === 'string'
                              ? html`<time datetime=${fact.value.slice(0, 10)}>${fact.text}</time>`
                              : this.factValue(fact)
                          }
                          <span class="fact-source"
                            >${
                              fact.source
                                ? this.strings.term('proactiveSource', { source: fact.source })
                                : this.strings.term('proactiveSourceUnknown')
                            }</span
                          >
                        </dd>
                      </div>`,
                  )}
                </dl>`
            : nothing
        }
        <p class="on-device" lang=${own}>${this.strings.term('proactiveOnDevice')}</p>
        ${
          settings
            ? html`<p lang=${own}>
                ${this.strings.term('proactiveTurnOffHint')}
                <a part="settings-link" class="link" href=${settings}
                  >${this.strings.term('proactiveSettingsLink')}</a
                >.
              </p>`
            : nothing
        }
      </div>
    </details>`;
  }

  // The heading tag is a lit/static-html literal from headingTagFor() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const offer = this.shownOffer;
    if (!offer || !this.showing) return nothing;
    const tag = headingTagFor(headingLevel(this, this.headingLevel));
    const href = safeHref(this, offer.action.href, 'offer.action.href');
    const context = html`<span class="visually-hidden"> (${offer.title})</span>`;
    // The offer's texts are in the language it was evaluated in; the element's own strings in
    // the page's. Mark both only when they differ, so screen readers pronounce each correctly.
    const primary = (code: string) => code.toLowerCase().split(/[-_]/)[0];
    const mixed = Boolean(offer.lang) && primary(offer.lang) !== primary(this.strings.lang);
    const own = mixed ? this.strings.lang : nothing;
    return html`<section part="base" class="prompt" aria-labelledby="title" lang=${mixed ? offer.lang : nothing}>
      <${tag} part="heading" class="heading">
        <span part="title" id="title">${offer.title}</span>${
          this.new
            ? html` <polis-tag part="tag" class="tag" color="blue" lang=${own}
                >${this.strings.term('proactiveNew')}</polis-tag
              >`
            : nothing
        }
      </${tag}>
      <p part="summary" class="summary">${offer.summary}</p>
      ${this.renderDeadline(offer)}
      <div part="actions" class="actions">
        ${
          href
            ? html`<polis-button part="action" class="action" href=${href} @click=${this.onAccept}
                >${offer.action.label}</polis-button
              >`
            : html`<polis-button part="action" class="action" type="button" @click=${this.onAccept}
                >${offer.action.label}</polis-button
              >`
        }
        <polis-button part="not-now" class="secondary" type="button" variant="secondary" @click=${this.onSnooze} lang=${own}
          >${this.strings.term('proactiveNotNow')}${context}</polis-button
        >
        <polis-button part="dismiss" class="secondary" type="button" variant="secondary" @click=${this.onDismiss} lang=${own}
          >${this.strings.term('proactiveDismiss')}${context}</polis-button
        >
      </div>
      ${this.renderWhy(offer, own)}
    </section>`;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
