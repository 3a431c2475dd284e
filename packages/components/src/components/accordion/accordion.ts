import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { oneOf } from '../../base/enum.js';
import { HEADING_LEVELS } from '../../base/heading.js';
import { PolisElement } from '../../base/polis-element.js';
import { forget, onStoragePolicyChange, recall, remember } from '../../base/storage.js';
import { baseStyles } from '../../styles/shared.styles.js';
import {
  followSection,
  inheritedHeadingLevel,
  toggleForPerson,
  type HeadingLevel,
} from '../accordion-section/accordion-protocol.js';
import {
  PolisAccordionSection,
  type PolisSectionToggleEvent,
} from '../accordion-section/accordion-section.js';
import { accordionStyles } from './accordion.styles.js';

/** The start of every key under which an accordion remembers its open sections. */
export const ACCORDION_STORAGE_PREFIX = 'polis-accordion:';

const chevron = html`<svg class="chevron" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="10" cy="10" r="9"></circle>
  <path d="M6.5 8.5l3.5 3.5 3.5-3.5"></path>
</svg>`;

/**
 * A list of sections, each a heading people can press to show or hide the content under it,
 * with a "Show all sections" button above them.
 *
 * Write `polis-accordion-section` children, each with a heading and its content. The
 * content stays in the page, so without JavaScript, and before the elements upgrade, every
 * section is shown. Once upgraded, sections are closed unless they have `open`.
 *
 * "Show all sections" opens every section; once they are all open it reads "Hide all
 * sections" and closes them. It is a native button with `aria-expanded` (true while every
 * section is open) and follows the sections as people open and close them one by one. Focus
 * stays on it.
 *
 * The accordion remembers which sections a person opened, per page: under
 * `polis-accordion:<path>#<id>` (the page's `location.pathname` and the accordion's `id`),
 * for each section with an `id`, through the components' storage. That is `sessionStorage`
 * (the browser session) unless the storage policy allows lasting storage for `preferences`
 * (set by the consent manager). An accordion without an `id`, or a section without one, is
 * not remembered, with one development warning; `no-remember` switches remembering off.
 *
 * @summary Lets people show and hide sections of related content on a page, one at a time or all at once.
 * @status stable
 * @since 0.3.0
 *
 * @slot - The sections: `polis-accordion-section` elements.
 * @csspart base - The box round the button and the sections.
 * @csspart show-all - The native "Show all sections" / "Hide all sections" button.
 * @csspart sections - The box round the sections, with the line under the last one.
 * @cssprop --polis-accordion-border-color - Colour of the lines between sections.
 *
 * @fires polis-section-toggle - From a section, after the person opens or closes it (also for each section "Show all sections" changes). `detail.open` is its new state, `detail.id` its id.
 */
export class PolisAccordion extends PolisElement {
  static override tagName = 'polis-accordion';

  static override styles = [baseStyles, accordionStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    headingLevel: { attribute: 'heading-level' },
    noRemember: { type: Boolean, attribute: 'no-remember' },
    allOpen: { state: true },
    collapsibleCount: { state: true },
  };

  /**
   * The level of every section's heading, 1 to 6 (default 2), unless a section has its own
   * `heading-level`. Use the level that fits the page's outline: 2 under the page's `<h1>`.
   * Other values fall back to 2 with one warning.
   */
  declare headingLevel: string | null | undefined;
  /**
   * Do not remember which sections the person opened. By default they are remembered for
   * the browser session (or longer, if the storage policy allows it) when the accordion and
   * its sections have ids.
   */
  declare noRemember: boolean;
  declare private allOpen: boolean;
  declare private collapsibleCount: number;

  private observer?: MutationObserver;
  private stopFollowingPolicy?: () => void;
  /** Sections whose remembered state has been applied (once each). */
  private restored = new WeakSet<Element>();

  constructor() {
    super();
    this.headingLevel = '2';
    this.noRemember = false;
    this.allOpen = false;
    this.collapsibleCount = 0;
    this.addEventListener('polis-section-toggle', this.onSectionToggle);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(this.onMutation);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['open', 'heading', 'id', 'slot'],
    });
    this.stopFollowingPolicy = onStoragePolicyChange(this.onPolicyChange);
    if (document.readyState === 'loading') {
      // Parsed from HTML: the sections may not all be there yet. Look again once they are.
      document.addEventListener('DOMContentLoaded', this.onReady, { once: true });
    }
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.stopFollowingPolicy?.();
    this.stopFollowingPolicy = undefined;
    document.removeEventListener('DOMContentLoaded', this.onReady);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel') || changed.has('noRemember')) this.sync();
  }

  /** The sections: children that are `polis-accordion-section` elements. */
  private get sections(): PolisAccordionSection[] {
    return [...this.children].filter(
      (child): child is PolisAccordionSection => child instanceof PolisAccordionSection,
    );
  }

  private get level(): HeadingLevel {
    return oneOf(this, 'heading-level', this.headingLevel ?? undefined, HEADING_LEVELS, '2');
  }

  private readonly onReady = (): void => {
    this.sync();
  };

  private readonly onMutation = (): void => {
    this.sync();
  };

  /** Another consent choice: the remembered sections move to the storage now allowed. */
  private readonly onPolicyChange = (): void => {
    const key = this.storageKey(false);
    if (!key) return;
    const value = recall(key);
    if (value !== null) remember('preferences', key, value);
  };

  /**
   * Reads the sections: gives them the heading level, applies what was remembered to any
   * section seen for the first time, and brings "Show all sections" up to date.
   */
  private sync(): void {
    if (!this.isConnected) return;
    const sections = this.sections;
    const level = this.level;
    for (const section of sections) {
      section[inheritedHeadingLevel] = level;
      followSection(section, this.onSectionChange);
    }
    const ready = document.readyState !== 'loading';
    const key = this.storageKey(ready && sections.length > 0);
    const fresh = sections.filter((section) => !this.restored.has(section));
    if (fresh.length) {
      const stored = key ? this.readStored(key) : new Map<string, boolean>();
      for (const section of fresh) {
        this.restored.add(section);
        const open = section.id ? stored.get(section.id) : undefined;
        if (open !== undefined) section.open = open;
      }
    }
    if (key && ready && sections.some((section) => !section.id && section.collapsible)) {
      this.warn(
        'section-id',
        'has a section without an id: which sections are open is only remembered for sections with an id.',
      );
    }
    if (ready && sections.length === 0) {
      this.warn('no-sections', 'has no polis-accordion-section children; it shows its content as it is.');
    }
    this.updateState(sections);
  }

  private updateState(sections: PolisAccordionSection[] = this.sections): void {
    const collapsible = sections.filter((section) => section.collapsible);
    this.collapsibleCount = collapsible.length;
    this.allOpen = collapsible.length > 0 && collapsible.every((section) => section.open);
  }

  /**
   * Where this accordion's open sections are remembered, or null when they are not: with
   * `no-remember`, or without an `id` (one warning, when `warn`).
   */
  private storageKey(warn: boolean): string | null {
    if (this.noRemember) return null;
    if (!this.id) {
      if (warn) {
        this.warn(
          'id',
          'needs an id to remember which sections are open (for example id="guidance"); they are not remembered. Add no-remember if that is what you want.',
        );
      }
      return null;
    }
    const path = globalThis.location?.pathname ?? '';
    return `${ACCORDION_STORAGE_PREFIX}${path}#${this.id}`;
  }

  /** What was remembered: section ids and whether each was open. Damaged data is ignored. */
  private readStored(key: string): Map<string, boolean> {
    const stored = new Map<string, boolean>();
    const raw = recall(key);
    if (!raw) return stored;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const [id, open] of Object.entries(parsed)) {
          if (typeof open === 'boolean') stored.set(id, open);
        }
      }
    } catch {
      // Not JSON: nothing remembered.
    }
    return stored;
  }

  private save(): void {
    const key = this.storageKey(true);
    if (!key) return;
    const stored = this.readStored(key);
    for (const section of this.sections) {
      if (section.id && section.collapsible) stored.set(section.id, section.open);
    }
    if (stored.size === 0) {
      forget(key);
      return;
    }
    remember('preferences', key, JSON.stringify(Object.fromEntries(stored)));
  }

  /** A section opened, closed or gained a heading: "Show all sections" follows. */
  private readonly onSectionChange = (): void => {
    this.updateState();
  };

  private readonly onSectionToggle = (event: PolisSectionToggleEvent): void => {
    if (!(event.target instanceof PolisAccordionSection) || event.target.parentElement !== this) return;
    this.updateState();
    this.save();
  };

  private readonly onShowAll = (): void => {
    const open = !this.allOpen;
    for (const section of this.sections) {
      if (section.collapsible) section[toggleForPerson](open);
    }
    this.updateState();
  };

  protected override render() {
    const label = this.localize.term(this.allOpen ? 'accordionHideAll' : 'accordionShowAll');
    return html`<div part="base" class="base">
      ${
        this.collapsibleCount > 0
          ? html`<div class="controls">
              <button
                part="show-all"
                class="show-all"
                type="button"
                aria-expanded=${this.allOpen ? 'true' : 'false'}
                @click=${this.onShowAll}
              >
                ${chevron}<span class="show-all-text">${label}</span>
              </button>
            </div>`
          : nothing
      }
      <div part="sections" class="sections"><slot @slotchange=${this.onMutation}></slot></div>
    </div>`;
  }
}
