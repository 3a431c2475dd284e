import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController, PolisElement, safeHref } from '@polis-ds/components';
import { headingLevel, headingTagFor } from '../base/heading.js';
import { patternBaseStyles } from '../base/styles.js';
import { proactiveMessages, type ProactiveMessages } from '../proactive/messages.js';
import {
  DEFAULT_SNOOZE_DAYS,
  hasSeen,
  isEnabled,
  markSeen,
  subscribe,
  visibleOffers,
} from '../proactive/preferences.js';
import type { EvaluatedOffer } from '../proactive/types.js';
import {
  focusAfterHide,
  isEvaluatedOffer,
  type PolisServicePrompt,
} from '../service-prompt/service-prompt.js';
import { promptListStyles } from './prompt-list.styles.js';

/**
 * A life-event hub: the services a person might need now, each as a `polis-service-prompt`,
 * under one heading. It shows only the offers the person's choices allow (not snoozed, not
 * dismissed), marks the ones they have not seen before as "New" (remembered as their consent
 * allows), says so in words when there is nothing to suggest, and links to the suggestion
 * settings. When the person has turned suggestions off it shows no prompt at all, only a
 * sentence that says so and the link.
 *
 * It never takes focus. When a prompt that held focus is hidden ("Not now", "Don't show me
 * this again"), focus moves to the heading of the next prompt, else the previous one, else
 * the list's own heading.
 *
 * @summary Lists the services a person might need now, with new ones marked and a link to the settings.
 * @status draft
 * @since 0.3.0
 *
 * @csspart base - The wrapper.
 * @csspart heading - The list's heading, a real `<hN>`.
 * @csspart intro - The sentence under the heading, while there are suggestions.
 * @csspart items - The `<ul>` of prompts.
 * @csspart prompt - Each `polis-service-prompt`.
 * @csspart empty - The sentence shown when there is nothing to suggest.
 * @csspart off - The sentence shown when suggestions are turned off.
 * @csspart settings-link - The link to the suggestion settings.
 *
 * @event polis-prompt-accept - From a prompt: before its primary action is followed. Cancelable. `detail`: `{ offerId, href }`.
 * @event polis-prompt-snooze - From a prompt: before "Not now" hides it. Cancelable. `detail`: `{ offerId, days }`.
 * @event polis-prompt-dismiss - From a prompt: before "Don't show me this again" hides it. Cancelable. `detail`: `{ offerId }`.
 */
export class PolisPromptList extends PolisElement {
  static override tagName = 'polis-prompt-list';

  static override styles = [patternBaseStyles, promptListStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    offers: { attribute: false },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    preferencesHref: { attribute: 'preferences-href' },
    snoozeDays: { attribute: 'snooze-days' },
  };

  /** The offers to list, as `evaluate()` gives them, most important first. */
  declare offers: readonly EvaluatedOffer[];
  /** The heading (default "Services you might need", translated). Name the life event if there is one: "Having a baby". */
  declare heading: string | undefined;
  /** The level of the list's heading, 1 to 6 (default 2); each prompt's heading is one level below. */
  declare headingLevel: string;
  /** The address of the suggestion settings (a page with `polis-proactive-preferences`). */
  declare preferencesHref: string | undefined;
  /** How many days "Not now" hides an offer for (default 30). */
  declare snoozeDays: string | number;

  private readonly strings = new LocalizeController<ProactiveMessages>(this, proactiveMessages);
  private stopWatching: (() => void) | null = null;
  /** Offers already sorted into new or not, for as long as the list lives. */
  private readonly known = new Set<string>();
  /** Offers shown as "New" while the list lives (they are marked seen once shown). */
  private readonly fresh = new Set<string>();
  /** Marking offers seen changes the preferences, but nothing this list shows. */
  private marking = false;

  constructor() {
    super();
    this.offers = [];
    this.heading = undefined;
    this.headingLevel = '2';
    this.preferencesHref = undefined;
    this.snoozeDays = DEFAULT_SNOOZE_DAYS;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = subscribe(() => {
      if (!this.marking) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** The offers shown now: suggestions on, and neither snoozed nor dismissed. */
  private get shown(): EvaluatedOffer[] {
    if (!isEnabled()) return [];
    const offers = Array.isArray(this.offers) ? this.offers : [];
    // An offer a prompt could not show (the wrong shape) would leave an empty list item.
    const usable = offers.filter(isEvaluatedOffer);
    const unique = usable.filter(
      (offer, index) => usable.findIndex((other) => other.id === offer.id) === index,
    );
    return visibleOffers(unique);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const offer of this.shown) {
      if (this.known.has(offer.id)) continue;
      this.known.add(offer.id);
      if (!hasSeen(offer.id)) this.fresh.add(offer.id);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const prompt of this.renderRoot.querySelectorAll<PolisServicePrompt>('[part~="prompt"]')) {
      prompt[focusAfterHide] = this.focusAfter;
    }
    const unseen = this.shown.map((offer) => offer.id).filter((id) => !hasSeen(id));
    if (unseen.length === 0) return;
    this.marking = true;
    try {
      markSeen(unseen);
    } finally {
      this.marking = false;
    }
  }

  /** After a prompt that held focus hides: the next prompt's heading, the previous one's, or the list's. */
  private readonly focusAfter = (hidden: PolisServicePrompt): HTMLElement | null => {
    const prompts = [...this.renderRoot.querySelectorAll<PolisServicePrompt>('[part~="prompt"]')];
    const index = prompts.indexOf(hidden);
    const candidates = [...prompts.slice(index + 1), ...prompts.slice(0, Math.max(index, 0)).reverse()];
    const next = candidates.find((prompt) => prompt !== hidden && prompt.showing);
    if (next) {
      next.focusHeading();
      return next;
    }
    const heading = this.renderRoot.querySelector<HTMLElement>('[part~="heading"]');
    if (!heading) return null;
    heading.tabIndex = -1;
    heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
    heading.focus();
    return heading;
  };

  private get promptLevel(): string {
    return String(Math.min(6, headingLevel(this, this.headingLevel) + 1));
  }

  private get days(): string {
    const value = Number(this.snoozeDays);
    return Number.isInteger(value) && value >= 1 && value <= 3660
      ? String(value)
      : String(DEFAULT_SNOOZE_DAYS);
  }

  private renderContent(settings: string | undefined) {
    if (!isEnabled()) return html`<p part="off" class="message">${this.strings.term('proactiveListOff')}</p>`;
    const offers = this.shown;
    if (offers.length === 0)
      return html`<p part="empty" class="message">${this.strings.term('proactiveListEmpty')}</p>`;
    return html`<p part="intro" class="intro">${this.strings.term('proactiveListIntro')}</p>
      <ul part="items" class="items" role="list">
        ${repeat(
          offers,
          (offer) => offer.id,
          (offer) =>
            html`<li class="item">
              <polis-service-prompt
                part="prompt"
                .offer=${offer}
                heading-level=${this.promptLevel}
                snooze-days=${this.days}
                preferences-href=${settings ?? nothing}
                ?new=${this.fresh.has(offer.id)}
              ></polis-service-prompt>
            </li>`,
        )}
      </ul>`;
  }

  // The heading tag is a lit/static-html literal from headingTagFor() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const tag = headingTagFor(headingLevel(this, this.headingLevel));
    const settings = safeHref(this, this.preferencesHref, 'preferences-href');
    const heading = this.heading?.trim() || this.strings.term('proactiveListHeading');
    return html`<div part="base" class="list">
      <${tag} part="heading" class="heading">${heading}</${tag}>
      ${this.renderContent(settings)}
      ${
        settings
          ? html`<p class="settings">
              <a part="settings-link" class="link" href=${settings}
                >${this.strings.term('proactiveListSettings')}</a
              >
            </p>`
          : nothing
      }
    </div>`;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
