import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { adoptDocumentStyles } from '../../base/document-styles.js';
import { PolisElement } from '../../base/polis-element.js';
import { headingTag } from '../../base/heading.js';
import type { MessageKey } from '../../i18n/types.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { summaryListDocumentStyles, summaryListStyles } from './summary-list.styles.js';

/**
 * The custom states the element sets, for the styles of the page's own `<dl>`:
 * `:state(polis-summary-list)` once it has upgraded, `…-card` while it is a card and
 * `…-no-actions` while no row has actions (two columns instead of three).
 */
export const SUMMARY_LIST_STATES = {
  upgraded: 'polis-summary-list',
  card: 'polis-summary-list-card',
  noActions: 'polis-summary-list-no-actions',
  narrow: 'polis-summary-list-narrow',
} as const;

/**
 * Below this width, in rem, keys, values and actions stack. In rem, so that larger text
 * (200%) stacks too. Measured on the element itself (a list in a sidebar stacks), by a
 * ResizeObserver rather than a container query, whose containment would collapse the
 * element to nothing inside a flex row that sizes it by its content.
 */
export const SUMMARY_LIST_NARROW_REM = 40;

/** The attribute on the visually hidden text the element adds to an action (`before` or `after`). */
export const SUMMARY_LIST_CONTEXT_ATTRIBUTE = 'data-polis-summary-list-context';

/** Stands for the action's own text while a template is filled, so the text around it can be found. */
const MARK = '\uE000';
/** What can be an action: links and buttons. */
const ACTIONS = 'a[href], button';

/** One row of a `<dl>`: its key (`<dt>`), its value (the first `<dd>`) and its actions (later `<dd>`s). */
interface Row {
  key: HTMLElement;
  value: HTMLElement | null;
  actions: HTMLElement[];
}

/** The rows of a description list, written as `<div>` groups (recommended) or as bare `dt`/`dd`. */
function rowsOf(list: Element): Row[] {
  const rows: Row[] = [];
  let open: { key: HTMLElement; dds: HTMLElement[] } | null = null;
  const close = () => {
    if (open) rows.push({ key: open.key, value: open.dds[0] ?? null, actions: open.dds.slice(1) });
    open = null;
  };
  for (const child of list.children) {
    if (child.localName === 'div') {
      close();
      const cells = [...child.children] as HTMLElement[];
      const key = cells.find((cell) => cell.localName === 'dt');
      const dds = cells.filter((cell) => cell.localName === 'dd');
      if (key) rows.push({ key, value: dds[0] ?? null, actions: dds.slice(1) });
    } else if (child.localName === 'dt') {
      close();
      open = { key: child as HTMLElement, dds: [] };
    } else if (child.localName === 'dd' && open) {
      (open as { dds: HTMLElement[] }).dds.push(child as HTMLElement);
    }
  }
  close();
  return rows;
}

function isContext(node: Node): boolean {
  return node instanceof Element && node.hasAttribute(SUMMARY_LIST_CONTEXT_ATTRIBUTE);
}

/** The text of a node, without the context the element added, white space collapsed. */
function ownText(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    else if (current.nodeType === Node.ELEMENT_NODE && !isContext(current)) {
      const element = current as Element;
      if (['script', 'style', 'template'].includes(element.localName)) return;
      for (const child of current.childNodes) visit(child);
    }
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Hides text visually but not from screen readers, through the CSSOM (allowed under a strict CSP). */
function hideVisually(element: HTMLElement): void {
  Object.assign(element.style, {
    position: 'absolute',
    inlineSize: '1px',
    blockSize: '1px',
    margin: '0',
    padding: '0',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    border: '0',
    whiteSpace: 'nowrap',
  });
}

/**
 * Shows a summary of answers or facts as rows of a key, a value and actions, such as the
 * "Check your answers" page at the end of a form. It can also be a card, with a title and
 * actions for the whole card, for several summaries on one page.
 *
 * Write the list as a plain `<dl>` in the element, one `<div>` per row with a `<dt>` (the
 * key), a `<dd>` (the value) and, when the row has actions, a second `<dd>` with a link
 * (`<a href>Change</a>`) or a list of links. The list stays in the page's own tree, so it
 * reads as a description list before the element upgrades, without JavaScript and in every
 * browser; the element styles it (a stylesheet it adopts into the document, scoped by its
 * custom states) and makes every action's accessible name unique by adding visually hidden
 * text that names the row, such as "Change *date of birth*", from a translated template.
 * It never adds that text where the link already names its row, or has an `aria-label`.
 *
 * At less than 40rem wide (a phone, a sidebar, or 200% text) the keys, values and actions
 * stack; the element measures its own width.
 *
 * @summary Summarises answers or facts as rows of keys, values and change links.
 * @status stable
 * @since 0.2.0
 *
 * @slot - A `<dl>` with a `<div>` for each row: `<dt>` key, `<dd>` value, and an optional second `<dd>` with the row's actions (one link, or a `<ul>` of links).
 * @slot card-title - A heading for the card (`<h2 slot="card-title">`), kept even without JavaScript. Instead of `card-title`.
 * @slot card-actions - Actions for the whole card: links (`<a slot="card-actions">`) or a `<ul slot="card-actions">` of links. Only shown in a card.
 * @csspart base - The box around the list (the card's border in a card).
 * @csspart card-header - The card's title bar, holding its title and actions.
 * @csspart card-title - The card's title, a real heading (when given by `card-title`).
 * @csspart card-actions - The box around the card's actions.
 * @csspart content - The box around the list.
 * @cssprop --polis-summary-list-border-color - Colour of the lines between rows and of the card's border.
 * @cssprop --polis-summary-list-card-header-background - Background of the card's title bar.
 */
export class PolisSummaryList extends PolisElement {
  static override tagName = 'polis-summary-list';

  static override styles = [baseStyles, summaryListStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    noBorder: { type: Boolean, reflect: true, attribute: 'no-border' },
    cardTitle: { attribute: 'card-title' },
    headingLevel: { attribute: 'heading-level' },
    hasSlottedTitle: { state: true },
  };

  /** Removes the lines between rows, for a short list that is not the main content of the page. */
  declare noBorder: boolean;
  /**
   * Makes the list a card with this title: a heading above the rows, with room for actions
   * that concern the whole card (`slot="card-actions"`). The title is also added, as
   * visually hidden text, to the name of every action in the card.
   */
  declare cardTitle: string | undefined;
  /** The level of the card title's heading, 1 to 6 (default 2). Other values fall back to 2 with one warning. */
  declare headingLevel: string;
  /** Whether the page gave its own title element (`slot="card-title"`). */
  declare private hasSlottedTitle: boolean;

  private readonly internals: ElementInternals | null;
  private observer?: MutationObserver;
  private resizeObserver?: ResizeObserver;
  private applying = false;
  private pending = false;

  constructor() {
    super();
    this.noBorder = false;
    this.headingLevel = '2';
    this.hasSlottedTitle = false;
    let internals: ElementInternals | null = null;
    try {
      internals = this.attachInternals();
    } catch {
      // A browser without ElementInternals: the list keeps the page's own styles.
    }
    this.internals = internals;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this, summaryListDocumentStyles);
    this.setState(SUMMARY_LIST_STATES.upgraded, true);
    this.observer ??= new MutationObserver(this.onMutation);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['slot', 'aria-label', 'aria-labelledby'],
    });
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver ??= new ResizeObserver(this.onResize);
      this.resizeObserver.observe(this);
    }
    // Moved in the page: put back what leaving it took out.
    if (this.hasUpdated) this.requestUpdate();
    if (document.readyState === 'loading') {
      // Parsed from HTML: the rows may not all be there yet.
      document.addEventListener('DOMContentLoaded', this.onReady, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.onReady);
    // Leave the page's HTML as it was written.
    for (const added of this.querySelectorAll(`[${SUMMARY_LIST_CONTEXT_ATTRIBUTE}]`)) added.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hasSlottedTitle = this.slottedTitle() !== null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Measured now as well, so the first frame is already laid out for the width.
    this.setNarrow(this.getBoundingClientRect().width);
    this.enhance();
  }

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    const entry = entries[entries.length - 1];
    if (entry) this.setNarrow(entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
  };

  /** Stacks the rows when the element is narrower than 40rem. Changes height only, so it cannot loop. */
  private setNarrow(width: number): void {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.setState(SUMMARY_LIST_STATES.narrow, width < SUMMARY_LIST_NARROW_REM * rem);
  }

  private setState(state: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(state);
      else states.delete(state);
    } catch {
      // An older engine that only takes `--dashed` states: the list keeps the page's styles.
    }
  }

  private readonly onReady = (): void => {
    this.requestUpdate();
  };

  private readonly onMutation = (): void => {
    if (this.applying || this.pending) return;
    // Once per burst of changes (a framework rendering many rows), after they are all made.
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.requestUpdate();
    });
  };

  private slottedTitle(): Element | null {
    return [...this.children].find((child) => child.getAttribute('slot') === 'card-title') ?? null;
  }

  /** Whether the element is a card: it has a title, from `card-title` or a slotted heading. */
  private get isCard(): boolean {
    return this.hasSlottedTitle || Boolean(this.cardTitle?.trim());
  }

  /** The card's title as text, for the names of its actions. */
  private get titleText(): string {
    const slotted = this.slottedTitle();
    if (slotted) return ownText(slotted);
    return (this.cardTitle ?? '').replace(/\s+/g, ' ').trim();
  }

  /**
   * Adds the visually hidden context to every action, states for the styles, and warns about
   * a missing list or actions that would share a name.
   */
  private enhance(): void {
    if (this.applying) return;
    this.applying = true;
    try {
      const card = this.isCard;
      const title = this.titleText;
      const lists = [...this.children].filter((child) => child.localName === 'dl');
      const names: string[] = [];
      let hasActions = false;

      for (const list of lists) {
        for (const row of rowsOf(list)) {
          const key = ownText(row.key);
          for (const cell of row.actions) {
            for (const control of cell.querySelectorAll<HTMLElement>(ACTIONS)) {
              hasActions = true;
              names.push(
                this.describe(control, card ? 'summaryListCardRowAction' : 'summaryListRowAction', key, {
                  key,
                  title,
                }),
              );
            }
          }
        }
      }

      const cardActions = [...this.children].filter((child) => child.getAttribute('slot') === 'card-actions');
      for (const holder of cardActions) {
        const controls = holder.matches(ACTIONS)
          ? [holder as HTMLElement]
          : [...holder.querySelectorAll<HTMLElement>(ACTIONS)];
        for (const control of controls) {
          if (card) names.push(this.describe(control, 'summaryListCardAction', title, { title }));
          else this.clear(control);
        }
      }

      this.setState(SUMMARY_LIST_STATES.card, card);
      this.setState(SUMMARY_LIST_STATES.noActions, !hasActions);

      if (
        this.isConnected &&
        lists.length === 0 &&
        [...this.children].some((child) => !['card-title', 'card-actions'].includes(child.slot)) &&
        document.readyState !== 'loading'
      ) {
        this.warn(
          'no-list',
          'needs a <dl> child with a <div> for each row (<dt> key, <dd> value, <dd> actions).',
        );
      }
      if (cardActions.length && !card) {
        this.warn('card-actions', 'has card actions but no card-title; they are only shown in a card.');
      }
      const seen = new Set<string>();
      const repeated = new Set<string>();
      for (const name of names.filter(Boolean).map((n) => n.toLocaleLowerCase())) {
        if (seen.has(name)) repeated.add(name);
        seen.add(name);
      }
      if (repeated.size) {
        this.warn(
          `duplicate:${[...repeated].join('|')}`,
          `has more than one action named "${[...repeated][0]}". Give each row a different key, or name the actions yourself, so people who use a screen reader can tell them apart.`,
        );
      }
    } finally {
      this.observer?.takeRecords();
      this.applying = false;
    }
  }

  /** Removes the context the element added to an action. */
  private clear(control: HTMLElement): void {
    for (const child of [...control.children]) if (isContext(child)) child.remove();
  }

  /**
   * Adds visually hidden text before and after an action's own text so its accessible name
   * is the translated template filled in: "Change" + " date of birth". Returns the name.
   * Leaves alone an action that already says what it is about (`mention` in its text) or
   * that the page named itself (`aria-label`, `aria-labelledby`).
   */
  private describe(
    control: HTMLElement,
    template: MessageKey,
    mention: string,
    args: { key?: string; title: string },
  ): string {
    const action = ownText(control);
    const named = control.getAttribute('aria-label') ?? '';
    if (!action || named || control.hasAttribute('aria-labelledby') || !mention) {
      this.clear(control);
      return named || action;
    }
    if (action.toLocaleLowerCase().includes(mention.toLocaleLowerCase())) {
      this.clear(control);
      return action;
    }
    const filled = this.localize.term(template, { ...args, action: MARK });
    // A right-to-left language isolates each value (U+2068 … U+2069); the mark's are dropped.
    const at = filled.indexOf(MARK);
    let before = '';
    let after = '';
    if (at < 0) {
      after = ` ${filled}`;
    } else {
      before = filled.slice(0, at).replace(/\u2068$/, '');
      after = filled.slice(at + MARK.length).replace(/^\u2069/, '');
    }
    this.context(control, 'before', before);
    this.context(control, 'after', after);
    return `${before}${action}${after}`
      .replace(/[\u2068\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** Puts (or updates, or removes) one piece of hidden context at the start or end of an action. */
  private context(control: HTMLElement, side: 'before' | 'after', text: string): void {
    const existing = [...control.children].find(
      (child) => child.getAttribute(SUMMARY_LIST_CONTEXT_ATTRIBUTE) === side,
    ) as HTMLElement | undefined;
    if (!text.trim()) {
      existing?.remove();
      return;
    }
    const span = existing ?? document.createElement('span');
    if (!existing) {
      span.setAttribute(SUMMARY_LIST_CONTEXT_ATTRIBUTE, side);
      hideVisually(span);
    }
    // Text, never HTML: a key written by anyone stays text.
    if (span.textContent !== text) span.textContent = text;
    if (side === 'before' ? control.firstChild !== span : control.lastChild !== span) {
      if (side === 'before') control.prepend(span);
      else control.append(span);
    }
  }

  private readonly onTitleSlotChange = (): void => {
    this.hasSlottedTitle = this.slottedTitle() !== null;
    this.enhance();
  };

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    if (!this.isCard) {
      return html`<div part="base" class="base">
        <div part="content" class="content"><slot></slot></div>
      </div>`;
    }
    const tag = headingTag(this, this.headingLevel, '2');
    const title = (this.cardTitle ?? '').trim();
    return html`<div part="base" class="base card">
      <div part="card-header" class="card-header">
        <slot name="card-title" @slotchange=${this.onTitleSlotChange}
          >${title ? html`<${tag} part="card-title" class="card-title">${title}</${tag}>` : nothing}</slot
        >
        <div part="card-actions" class="card-actions"><slot name="card-actions"></slot></div>
      </div>
      <div part="content" class="content"><slot></slot></div>
    </div>`;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
