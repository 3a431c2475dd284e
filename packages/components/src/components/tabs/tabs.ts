import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { adoptDocumentStyles } from '../../base/document-styles.js';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { tabsDocumentStyles, tabsStyles } from './tabs.styles.js';

/**
 * The narrowest the element may be, in rem, to show tabs; narrower, it stays a list of links
 * with every section shown. In rem, so that larger text (200%) also gets the list.
 */
export const TABS_MIN_WIDTH_REM = 40;

/** What `polis-tab-change` carries: the id of the section now shown. */
export interface TabsChangeDetail {
  id: string;
}

/** Fired by `polis-tabs` when the person shows another section. */
export class PolisTabChangeEvent extends Event {
  static readonly type = 'polis-tab-change';
  readonly detail: TabsChangeDetail;

  constructor(id: string) {
    super(PolisTabChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { id };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polis-tab-change': PolisTabChangeEvent;
  }
}

/** The custom state the element has while it shows tabs (`:state(polis-tabs)`). */
const STATE = 'polis-tabs';
/** The custom state while it shows its well-formed list of links, on a narrow screen. */
const LIST_STATE = 'polis-tabs-list';

/** What can take focus inside a panel, so that the panel itself need not. */
const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"])';

interface Tab {
  id: string;
  item: HTMLElement;
  link: HTMLAnchorElement;
  panel: HTMLElement;
}

interface Structure {
  title: HTMLElement | null;
  list: HTMLElement;
  tabs: Tab[];
}

let uid = 0;

/** The section id a link points to (`#past-week` → `past-week`), or null. */
function targetId(link: HTMLAnchorElement): string | null {
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** The id the address names, decoded, or ''. */
function currentHash(): string {
  const hash = globalThis.location?.hash ?? '';
  if (hash.length < 2) return '';
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

function hasFocusable(panel: Element): boolean {
  if (panel.querySelector(FOCUSABLE)) return true;
  // Custom elements that delegate focus to a control in their shadow root (polis-button).
  return [...panel.querySelectorAll('*')].some((el) => el.shadowRoot?.delegatesFocus);
}

/**
 * Shows one section of related content at a time, chosen from a row of tabs.
 *
 * Write a title, a list of links to the sections and the sections, as plain HTML: without
 * JavaScript, or while the element is narrower than 40rem (a phone, 200% text), that is what
 * people get, a table of contents followed by every section. Wider, the element turns the
 * same HTML into the WAI-ARIA tabs pattern *in place*: the list becomes the `tablist`, each
 * link a `tab`, each section its `tabpanel`, the title names the tab list and is hidden.
 * The roles stay in the page's own tree because ARIA id references do not cross shadow roots;
 * every attribute the element adds is recorded and put back as it was when it turns back into
 * a list, when sections are added or removed (it starts again) and when it is removed.
 *
 * Left and Right arrows move to the previous or next tab and show it (reversed right to left),
 * Home and End to the first and last; only the selected tab is in the Tab order, and Tab goes
 * on into its panel. The section named by the address (`#past-week`) is shown first; choosing
 * a tab puts its id in the address without adding a history entry or scrolling.
 *
 * @summary Lets people switch between related sections of content on one page.
 * @status stable
 * @since 0.2.0
 *
 * @slot - A title (a heading, optional), a list (`<ul>`) of links to the sections (`<a href="#id">`), and the sections (`<section id="id">`).
 * @csspart base - The box around the content.
 * @cssprop --polis-tabs-border-color - Colour of the lines around the selected tab and its panel.
 * @cssprop --polis-tabs-tab-background - Background of the tabs that are not selected.
 *
 * @fires polis-tab-change - When the person shows another section: by clicking a tab, with the arrow keys, Home or End, or by following a link to one of the sections. `detail.id` is the section's id.
 */
export class PolisTabs extends PolisElement {
  static override tagName = 'polis-tabs';

  static override styles = [baseStyles, tabsStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    selected: {},
  };

  /**
   * The id of the section shown. As an attribute, the section shown first when the address
   * does not name one (otherwise the first). Set it to show another section; an id that is
   * not one of the sections is ignored with one warning.
   */
  declare selected: string;

  private readonly internals: ElementInternals | null;
  /** Every attribute the element changed, with its value before (null: it had none). */
  private readonly saved = new Map<Element, Map<string, string | null>>();
  private tabs: Tab[] = [];
  /** The id of the section shown while there are tabs. */
  private current = '';
  private structure: Structure | null = null;
  private enhanced = false;
  private wide = false;
  private observer?: MutationObserver;
  private resizeObserver?: ResizeObserver;
  private applying = false;

  constructor() {
    super();
    this.selected = '';
    let internals: ElementInternals | null = null;
    try {
      internals = this.attachInternals();
    } catch {
      // A subclass attached them already, or a browser without them: no custom state.
    }
    this.internals = internals;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this, tabsDocumentStyles);
    this.observer ??= new MutationObserver(this.onMutation);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id', 'href'],
    });
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver ??= new ResizeObserver(this.onResize);
      this.resizeObserver.observe(this);
    }
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('click', this.onClick);
    window.addEventListener('hashchange', this.onHashChange);
    if (document.readyState === 'loading') {
      // Parsed from HTML: the sections may not be there yet. Check again once they all are.
      document.addEventListener('DOMContentLoaded', this.onReady, { once: true });
    }
    this.wide = this.measureWide();
    this.refresh({ initial: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('click', this.onClick);
    window.removeEventListener('hashchange', this.onHashChange);
    document.removeEventListener('DOMContentLoaded', this.onReady);
    this.undo();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('selected') && this.enhanced && this.selected !== this.current) {
      const index = this.tabs.findIndex((tab) => tab.id === this.selected);
      if (index >= 0) this.select(index, { focus: false, user: false });
      else if (this.selected) {
        this.warn(
          `selected:${this.selected}`,
          `selected="${this.selected}" is not the id of one of its sections; showing "${this.current}".`,
        );
      }
    }
  }

  private measureWide(): boolean {
    const width = this.getBoundingClientRect().width;
    return width >= TABS_MIN_WIDTH_REM * this.remInPixels();
  }

  private remInPixels(): number {
    return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  }

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const width = entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
    const wide = width >= TABS_MIN_WIDTH_REM * this.remInPixels();
    if (wide === this.wide) return;
    this.wide = wide;
    // In the next frame: changing the layout inside a resize callback would loop.
    requestAnimationFrame(() => {
      if (this.wide === wide) this.refresh();
    });
  };

  private readonly onReady = (): void => {
    this.refresh();
  };

  private readonly onMutation = (records: MutationRecord[]): void => {
    if (this.applying) return;
    const structural = records.some((record) => {
      // Not (yet) tabs: any change may be the one that makes the HTML right.
      if (!this.structure) return true;
      const target = record.target;
      if (target === this) return true;
      if (record.type === 'attributes' && target instanceof Element && target.parentElement === this)
        return true;
      const list = this.structure?.list;
      return Boolean(list && (target === list || list.contains(target)));
    });
    if (structural) {
      this.refresh();
    } else if (this.enhanced) {
      // Content changed inside a panel: it may have gained or lost something focusable.
      this.applying = true;
      for (const tab of this.tabs) this.setPanelTabIndex(tab.panel);
      this.settleObserver();
    }
  };

  /** Reads the light DOM: a title, a list of links, the sections they point to. */
  private read(warn: boolean): Structure | null {
    const children = [...this.children] as HTMLElement[];
    const list = children.find((el) => el.localName === 'ul' || el.localName === 'ol');
    if (!list) {
      if (warn)
        this.warn('no-list', 'needs a list (<ul>) of links to its sections; showing the content as it is.');
      return null;
    }
    const previous = list.previousElementSibling as HTMLElement | null;
    const title =
      previous && (/^h[1-6]$/.test(previous.localName) || previous.getAttribute('role') === 'heading')
        ? previous
        : null;
    const tabs: Tab[] = [];
    const used = new Set<Element>();
    let problem = '';
    for (const item of [...list.children] as HTMLElement[]) {
      const link = item.localName === 'li' ? item.querySelector<HTMLAnchorElement>('a[href]') : null;
      const id = link ? targetId(link) : null;
      const panel = id
        ? (children.find((el) => el.id === id && el !== list && el !== title && !used.has(el)) ?? null)
        : null;
      if (!link || !id || !panel || tabs.some((tab) => tab.id === id)) {
        problem = link
          ? `has a link to "${link.getAttribute('href') ?? ''}" that is not one of its own sections`
          : 'has a list item without a link to one of its sections';
        break;
      }
      used.add(panel);
      tabs.push({ id, item, link, panel });
    }
    if (problem || tabs.length === 0) {
      if (warn) {
        this.warn(
          'structure',
          `${problem || 'has no links to its sections'}; it stays a list of links with every section shown. Each list item needs one <a href="#id"> to a section that is a child of the element.`,
        );
      }
      return null;
    }
    if (warn) {
      const ids = new Set(tabs.map((tab) => tab.id));
      const extra = children.filter(
        (el) => el !== list && el !== title && !used.has(el) && (el.localName === 'section' || el.id),
      );
      if (extra.some((el) => ids.has(el.id))) {
        this.warn(
          'duplicate-id',
          'has more than one section with the same id; only the first is a tab panel, the others are always shown.',
        );
      } else if (extra.length) {
        this.warn(
          'unlinked',
          'has a section that no link in its list points to; it is always shown, after the tabs.',
        );
      }
    }
    return { title, list, tabs };
  }

  /** Starts again from the page's own HTML: undoes everything, reads, and makes tabs if it can. */
  private refresh({ initial = false }: { initial?: boolean } = {}): void {
    if (!this.isConnected) return;
    this.applying = true;
    const previous = this.current;
    this.restoreAttributes();
    const warn = document.readyState !== 'loading';
    const structure = this.read(warn);
    this.structure = structure;
    if (!structure || !this.wide) {
      this.enhanced = false;
      this.tabs = [];
      this.internals?.states.delete(STATE);
      if (structure) this.internals?.states.add(LIST_STATE);
      else this.internals?.states.delete(LIST_STATE);
      this.settleObserver();
      return;
    }
    this.tabs = structure.tabs;
    const ids = this.tabs.map((tab) => tab.id);
    const hash = currentHash();
    const wanted = initial || !previous ? [hash, this.selected, previous] : [previous, hash, this.selected];
    this.current = wanted.find((id) => id && ids.includes(id)) ?? ids[0]!;
    if (initial && this.selected && !ids.includes(this.selected) && warn) {
      this.warn(
        `selected:${this.selected}`,
        `selected="${this.selected}" is not the id of one of its sections; showing "${this.current}".`,
      );
    }
    this.enhance(structure);
    this.enhanced = true;
    this.internals?.states.delete(LIST_STATE);
    this.internals?.states.add(STATE);
    this.settleObserver();
    if (this.selected !== this.current) this.selected = this.current;
  }

  /** Discards the records of the element's own changes and listens again. */
  private settleObserver(): void {
    this.observer?.takeRecords();
    this.applying = false;
  }

  /** Sets an attribute, remembering its value from before the element first touched it. */
  private set(element: Element, name: string, value: string | null): void {
    let saved = this.saved.get(element);
    if (!saved) this.saved.set(element, (saved = new Map()));
    if (!saved.has(name)) saved.set(name, element.getAttribute(name));
    if (value === null) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  /** Gives an attribute back the value it had before the element touched it. */
  private reset(element: Element, name: string): void {
    const saved = this.saved.get(element);
    if (!saved?.has(name)) return;
    const value = saved.get(name)!;
    saved.delete(name);
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }

  private restoreAttributes(): void {
    for (const [element, attributes] of this.saved) {
      for (const [name, value] of attributes) {
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
    }
    this.saved.clear();
  }

  private undo(): void {
    this.applying = true;
    this.restoreAttributes();
    this.tabs = [];
    this.structure = null;
    this.enhanced = false;
    this.internals?.states.delete(STATE);
    this.internals?.states.delete(LIST_STATE);
    this.settleObserver();
  }

  private ensureId(element: HTMLElement, suffix: string): string {
    if (element.id) return element.id;
    const id = `polis-tabs-${++uid}-${suffix}`;
    this.set(element, 'id', id);
    return id;
  }

  private enhance({ title, list, tabs }: Structure): void {
    this.set(list, 'role', 'tablist');
    if (title) this.set(list, 'aria-labelledby', this.ensureId(title, 'title'));
    for (const tab of tabs) {
      this.set(tab.item, 'role', 'presentation');
      const tabId = this.ensureId(tab.link, 'tab');
      this.set(tab.link, 'role', 'tab');
      this.set(tab.link, 'aria-controls', tab.id);
      this.set(tab.panel, 'role', 'tabpanel');
      this.set(tab.panel, 'aria-labelledby', tabId);
    }
    this.showCurrent();
  }

  /** Marks the current tab selected and shows its panel; the others leave the Tab order. */
  private showCurrent(): void {
    for (const tab of this.tabs) {
      const selected = tab.id === this.current;
      this.set(tab.link, 'aria-selected', String(selected));
      this.set(tab.link, 'tabindex', selected ? '0' : '-1');
      this.set(tab.panel, 'hidden', selected ? null : '');
      this.setPanelTabIndex(tab.panel);
    }
  }

  /** A panel with nothing focusable inside takes focus itself, so Tab reaches its content. */
  private setPanelTabIndex(panel: HTMLElement): void {
    if (hasFocusable(panel)) this.reset(panel, 'tabindex');
    else this.set(panel, 'tabindex', '0');
  }

  private select(index: number, { focus, user }: { focus: boolean; user: boolean }): void {
    const tab = this.tabs[index];
    if (!tab) return;
    const changed = tab.id !== this.current;
    if (changed) {
      this.applying = true;
      this.current = tab.id;
      this.showCurrent();
      this.settleObserver();
      this.selected = tab.id;
    }
    if (focus) tab.link.focus();
    if (user) {
      this.replaceHash(tab.id);
      if (changed) this.dispatchEvent(new PolisTabChangeEvent(tab.id));
    }
  }

  /** Puts the section's id in the address without a new history entry, and without scrolling. */
  private replaceHash(id: string): void {
    try {
      const url = new URL(window.location.href);
      url.hash = id;
      window.history.replaceState(window.history.state, '', url.href);
    } catch {
      // A sandboxed frame or an opaque origin: the address stays as it is.
    }
  }

  private indexOf(target: EventTarget | null): number {
    if (!(target instanceof Element)) return -1;
    const link = target.closest('a');
    return this.tabs.findIndex((tab) => tab.link === link);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.enhanced || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const index = this.indexOf(event.target);
    if (index < 0) return;
    const last = this.tabs.length - 1;
    const rtl = getComputedStyle(this.structure!.list).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === forward) next = index === last ? 0 : index + 1;
    else if (event.key === back) next = index === 0 ? last : index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else return;
    event.preventDefault();
    this.select(next, { focus: true, user: true });
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (
      !this.enhanced ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const index = this.indexOf(event.target);
    if (index < 0) return;
    // The tab shows its panel; the browser does not jump to it.
    event.preventDefault();
    this.select(index, { focus: true, user: true });
  };

  private readonly onHashChange = (): void => {
    if (!this.enhanced) return;
    const index = this.tabs.findIndex((tab) => tab.id === currentHash());
    if (index < 0) return;
    // A link elsewhere on the page to one of the sections: show it, and start from its tab.
    const changed = this.tabs[index]!.id !== this.current;
    this.select(index, { focus: true, user: false });
    if (changed) this.dispatchEvent(new PolisTabChangeEvent(this.current));
  };

  protected override render() {
    return html`<div part="base" class="base"><slot></slot></div>`;
  }
}
