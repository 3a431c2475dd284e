import type { PropertyDeclarations, TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  LocalizeController,
  PolisElement,
  announce,
  ensureAnnouncer,
  onStoragePolicyChange,
  type PolisRadios,
} from '@polis-ds/components';
import { headingLevel, headingTagFor } from '../base/heading.js';
import { patternBaseStyles } from '../base/styles.js';
import { formatDate, localDate, toIsoDate } from '../proactive/dates.js';
import { PolisProactiveChangeEvent } from '../proactive/events.js';
import { localText } from '../proactive/engine.js';
import { proactiveMessages, type ProactiveMessages } from '../proactive/messages.js';
import {
  getProactivePreferences,
  proactivePreferencesPersist,
  setEnabled,
  showAgain,
  subscribe,
  type ProactivePreferences,
} from '../proactive/preferences.js';
import type { EvaluatedOffer, Offer } from '../proactive/types.js';
import { proactivePreferencesStyles } from './proactive-preferences.styles.js';

/** One hidden offer, as the view lists it. */
interface HiddenOffer {
  id: string;
  /** `null`: hidden for good ("Don't show me this again"). */
  until: number | null;
}

/**
 * The suggestion settings: where people turn proactive suggestions on or off, and see and
 * undo the offers they have hidden ("Not now" and "Don't show me this again"). Every change
 * applies at once, is announced, and is remembered only as the person's consent allows,
 * which the view says in words.
 *
 * The switch is a pair of radios ("Yes", "No") under the question "Show suggestions for
 * services you might need?", built from `polis-radios`. Each hidden offer has a "Show again"
 * button; give the view your offers (`offers`) so it can name them.
 *
 * @summary Lets people turn suggestions for services on or off, and undo the ones they hid.
 * @status draft
 * @since 0.3.0
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading, a real `<hN>`.
 * @csspart switch - The `polis-radios` that turns suggestions on or off.
 * @csspart hidden-heading - The heading of the hidden suggestions, one level below.
 * @csspart hidden-list - The list of hidden suggestions.
 * @csspart hidden-item - Each hidden suggestion.
 * @csspart hidden-status - How long it is hidden for.
 * @csspart show-again - Each "Show again" button.
 * @csspart hidden-none - The sentence shown when nothing is hidden.
 * @csspart storage-note - The sentence that says how long choices are remembered.
 *
 * @event polis-proactive-change - After a person changes a setting here. `detail` is `{ enabled, dismissed, snoozed }`, the preferences after the change.
 */
export class PolisProactivePreferences extends PolisElement {
  static override tagName = 'polis-proactive-preferences';

  static override styles = [patternBaseStyles, proactivePreferencesStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    offers: { attribute: false },
    headingLevel: { attribute: 'heading-level' },
  };

  /** The service's offers (as written, or as `evaluate()` gives them), to name the hidden ones. */
  declare offers: readonly (Offer | EvaluatedOffer)[];
  /** The level of the heading, 1 to 6 (default 2). */
  declare headingLevel: string;
  /** The person's choices, as last read (not a reactive property: it is no attribute). */
  private current: ProactivePreferences;

  private readonly strings = new LocalizeController<ProactiveMessages>(this, proactiveMessages);
  private stopWatching: Array<() => void> = [];

  constructor() {
    super();
    this.offers = [];
    this.headingLevel = '2';
    this.current = getProactivePreferences();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ensureAnnouncer();
    this.choices = getProactivePreferences();
    this.stopWatching = [
      subscribe((preferences) => (this.choices = preferences)),
      onStoragePolicyChange(() => this.requestUpdate()),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
  }

  private get choices(): ProactivePreferences {
    return this.current;
  }

  private set choices(preferences: ProactivePreferences) {
    this.current = preferences;
    this.requestUpdate();
  }

  /** Dismissed offers first (most recent first), then snoozed ones (soonest back first). */
  private get hiddenOffers(): HiddenOffer[] {
    const { dismissed, snoozed } = this.choices;
    return [
      ...[...dismissed].reverse().map((id) => ({ id, until: null })),
      ...snoozed.filter(({ id }) => !dismissed.includes(id)).map(({ id, until }) => ({ id, until })),
    ];
  }

  private offerTitle(id: string): string {
    const offer = (Array.isArray(this.offers) ? this.offers : []).find((candidate) => candidate?.id === id);
    const title = offer ? localText(offer.title, this.strings.lang) : '';
    return title || this.strings.term('proactiveUnknownOffer');
  }

  private changed(): void {
    const { enabled, dismissed, snoozed } = getProactivePreferences();
    this.choices = { enabled, dismissed, snoozed };
    // Documented by @event above; built first so the manifest analyzer does not guess a second event.
    const event = new PolisProactiveChangeEvent({ enabled, dismissed, snoozed });
    this.dispatchEvent(event);
  }

  private readonly onSwitch = (event: Event): void => {
    const enabled = (event.currentTarget as PolisRadios).value === 'yes';
    if (enabled === this.choices.enabled) return;
    setEnabled(enabled);
    void announce(
      this.strings.term(enabled ? 'proactiveTurnedOnAnnouncement' : 'proactiveTurnedOffAnnouncement'),
    );
    this.changed();
  };

  private showAgain(item: HiddenOffer, button: HTMLElement): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="show-again"]')];
    const index = items.indexOf(button);
    const hadFocus = button.matches(':focus-within');
    showAgain(item.id);
    void announce(this.strings.term('proactiveShownAgainAnnouncement', { title: this.offerTitle(item.id) }));
    this.changed();
    if (!hadFocus) return;
    // The button goes with its row: focus the next row's button, else the previous one, else the heading.
    void this.updateComplete.then(() => {
      const left = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="show-again"]')];
      const target = left[index] ?? left[index - 1];
      if (target) {
        target.focus();
        return;
      }
      const heading = this.renderRoot.querySelector<HTMLElement>('[part~="hidden-heading"]');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
      heading.focus();
    });
  }

  private status(item: HiddenOffer): string {
    if (item.until === null) return this.strings.term('proactiveHiddenForGood');
    const date = localDate(new Date(item.until));
    return this.strings.term('proactiveHiddenUntil', { date: formatDate(date, this.strings.lang) });
  }

  private renderHidden(level: number): TemplateResult {
    const tag = headingTagFor(level);
    const hidden = this.hiddenOffers;
    /* eslint-disable lit/binding-positions, lit/no-invalid-html */
    return html`<${tag} part="hidden-heading" class="subheading">${this.strings.term('proactiveHiddenHeading')}</${tag}>
      ${
        hidden.length === 0
          ? html`<p part="hidden-none" class="none">${this.strings.term('proactiveHiddenNone')}</p>`
          : html`<ul part="hidden-list" class="hidden-list" role="list">
              ${repeat(
                hidden,
                (item) => item.id,
                (item) => {
                  const title = this.offerTitle(item.id);
                  return html`<li part="hidden-item" class="hidden-item">
                    <div class="hidden-text">
                      <span class="hidden-title">${title}</span>
                      <span part="hidden-status" class="hidden-status">
                        ${
                          item.until === null
                            ? this.status(item)
                            : html`<time datetime=${toIsoDate(localDate(new Date(item.until)))}
                                >${this.status(item)}</time
                              >`
                        }
                      </span>
                    </div>
                    <polis-button
                      part="show-again"
                      class="show-again"
                      type="button"
                      variant="secondary"
                      @click=${(event: Event) => this.showAgain(item, event.currentTarget as HTMLElement)}
                      >${this.strings.term('proactiveShowAgain')}<span class="visually-hidden">
                        (${title})</span
                      ></polis-button
                    >
                  </li>`;
                },
              )}
            </ul>`
      }`;
    /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  }

  // The heading tags are lit/static-html literals from headingTagFor() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const level = headingLevel(this, this.headingLevel);
    const tag = headingTagFor(level);
    return html`<div part="base" class="preferences">
      <${tag} part="heading" class="heading">${this.strings.term('proactivePreferencesHeading')}</${tag}>
      <polis-radios
        part="switch"
        class="switch"
        name="proactive-suggestions"
        inline
        legend=${this.strings.term('proactivePreferencesQuestion')}
        hint=${this.strings.term('proactivePreferencesHint')}
        .value=${this.choices.enabled ? 'yes' : 'no'}
        @change=${this.onSwitch}
      >
        <polis-radio value="yes" label=${this.strings.term('proactiveYes')}></polis-radio>
        <polis-radio value="no" label=${this.strings.term('proactiveNo')}></polis-radio>
      </polis-radios>
      ${this.renderHidden(Math.min(6, level + 1))}
      <p part="storage-note" class="note">
        ${this.strings.term(proactivePreferencesPersist() ? 'proactiveRememberedLasting' : 'proactiveRememberedSession')}
      </p>
    </div>`;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
