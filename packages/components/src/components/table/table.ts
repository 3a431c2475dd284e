import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { adoptDocumentStyles } from '../../base/document-styles.js';
import { PolisElement } from '../../base/polis-element.js';
import { announce, ensureAnnouncer } from '../../base/announcer.js';
import { oneOf } from '../../base/enum.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { tableDocumentStyles, tableStyles } from './table.styles.js';

/** The sizes of the caption: small, medium (default), large, extra large. */
export const TABLE_CAPTION_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type TableCaptionSize = (typeof TABLE_CAPTION_SIZES)[number];

/** The directions a column is sorted in, as `aria-sort` says them. */
export const TABLE_SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type TableSortDirection = (typeof TABLE_SORT_DIRECTIONS)[number];

/** On a header cell: its column holds numbers (aligned to the inline end, tabular figures). */
export const TABLE_NUMERIC_ATTRIBUTE = 'data-polis-numeric';
/** On a header cell: its column can be sorted (`"false"` opts a column out of `sortable`). */
export const TABLE_SORTABLE_ATTRIBUTE = 'data-polis-sortable';
/** On a cell: the value to sort by, when its text is not (a date, a number with a unit). */
export const TABLE_SORT_VALUE_ATTRIBUTE = 'data-sort-value';
/** On the sort button the element puts in a sortable header cell. */
export const TABLE_SORT_BUTTON_ATTRIBUTE = 'data-polis-sort-button';

/** What `polis-sort` carries. */
export interface TableSortDetail {
  /** The sorted column, counted from 0 across the header row (a cell spanning two columns counts two). */
  column: number;
  /** The text of the column's header. */
  label: string;
  direction: TableSortDirection;
}

/** Fired by `polis-table` after it has sorted its rows. */
export class PolisTableSortEvent extends Event {
  static readonly type = 'polis-sort';
  readonly detail: TableSortDetail;

  constructor(detail: TableSortDetail) {
    super(PolisTableSortEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polis-sort': PolisTableSortEvent;
  }
}

/** The custom states: upgraded (`:state(polis-table)`), and wider than its column. */
export const TABLE_STATES = { upgraded: 'polis-table', scrollable: 'polis-table-scrollable' } as const;

const SVG = 'http://www.w3.org/2000/svg';

interface Position {
  column: number;
  span: number;
}

interface Header {
  cell: HTMLTableCellElement;
  column: number;
}

interface Structure {
  table: HTMLTableElement;
  headerRow: HTMLTableRowElement | null;
  /** Header cells of the header row that may sort (one column wide). */
  sortable: Header[];
  /** Rows that sort together: each `<tbody>`, without the header row. */
  groups: HTMLTableRowElement[][];
}

/** Where each cell of a block of rows starts and how many columns it spans (row spans taken into account). */
function positions(rows: HTMLTableRowElement[]): Map<HTMLTableCellElement, Position> {
  const found = new Map<HTMLTableCellElement, Position>();
  const taken: Set<number>[] = rows.map(() => new Set());
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.cells) {
      while (taken[r]!.has(column)) column++;
      const span = Math.min(Math.max(cell.colSpan || 1, 1), 1000);
      const down =
        cell.rowSpan === 0 ? rows.length - r : Math.min(Math.max(cell.rowSpan, 1), rows.length - r);
      found.set(cell, { column, span });
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < span; dc++) taken[r + dr]!.add(column + dc);
      column += span;
    }
  });
  return found;
}

/** The cell of a row that covers `column` (a row on its own: no row spans in sortable rows). */
function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement | null {
  let at = 0;
  for (const cell of row.cells) {
    const span = Math.max(cell.colSpan || 1, 1);
    if (column < at + span) return cell;
    at += span;
  }
  return null;
}

/** The text of a node, white space collapsed. */
function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const NUMBER = /^[-+\u2212]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/** A number written for machines (`data-sort-value="-2.5"`), or NaN. */
function asNumber(value: string): number {
  return NUMBER.test(value) ? Number(value.replace('\u2212', '-')) : NaN;
}

/**
 * Reads a number written for people in a language ("£1,200.50" in English, "1 200,50 €" in
 * French): symbols before and after are allowed (currency, percent), letters are not ("10 kg"
 * is text, compared as text with its digits as a number). NaN when it is not one number.
 */
function numberReader(lang: string): (text: string) => number {
  let group = ',';
  let decimal = '.';
  try {
    const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
    group = parts.find((p) => p.type === 'group')?.value ?? group;
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? decimal;
  } catch {
    // A malformed lang: English separators.
  }
  const shape = /^([^\p{L}\p{N}]*?)([0-9][0-9\s.,'\u2019\u00a0\u202f]*)([^\p{L}\p{N}]*)$/u;
  return (text) => {
    const match = shape.exec(text.trim());
    if (!match) return NaN;
    if (/[-\u2212]/.test(match[3]!) || /[0-9]/.test(match[1]!)) return NaN;
    const digits = match[2]!
      .trim()
      .split(group)
      .join('')
      .replace(/[\s'\u2019\u00a0\u202f]/g, '')
      .split(decimal)
      .join('.');
    if (!/^[0-9]+(\.[0-9]+)?$/.test(digits)) return NaN;
    const value = Number(digits);
    return /[-\u2212]/.test(match[1]!) ? -value : value;
  };
}

/** The sort icon: two triangles, of which CSS shows the one that says the direction. */
function sortIcon(): SVGSVGElement {
  const icon = document.createElementNS(SVG, 'svg');
  icon.setAttribute('viewBox', '0 0 12 18');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('focusable', 'false');
  icon.setAttribute('class', 'polis-sort-icon');
  for (const [name, d] of [
    ['polis-sort-up', 'M6 1l5 6H1z'],
    ['polis-sort-down', 'M6 17l-5-6h10z'],
  ] as const) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('class', name);
    path.setAttribute('d', d);
    icon.append(path);
  }
  return icon;
}

/**
 * Makes a plain HTML table easier to read and use: styles, numeric columns aligned, a region
 * that scrolls on its own when the table is too wide for its column, and optional sorting.
 *
 * Write a normal `<table>` in the element, with a `<caption>`, a `<thead>` of `<th scope="col">`
 * and a `<tbody>`. It stays in the page's own tree, so it is a real table before the element
 * upgrades, without JavaScript and in any framework; the element styles it with a stylesheet
 * it adopts into the document, scoped by its custom state `:state(polis-table)` (`::slotted()`
 * cannot reach cells), and changes only what it must, putting it back when it leaves the page.
 *
 * - `data-polis-numeric` on a header cell aligns its column to the inline end (the right in
 *   English, the left in Arabic) with figures of one width; the element marks the column's cells.
 * - When the table is wider than its column (a phone, 200% text) the box around it scrolls
 *   sideways, is focusable so it scrolls with the keyboard, and is a region named by the
 *   caption; the page itself never scrolls sideways (WCAG 1.4.10). It is none of those when
 *   the table fits.
 * - `sortable` (or `data-polis-sortable` on header cells) puts a button in each sortable
 *   header. Activating it sorts the rows of each `<tbody>` by that column, ascending first,
 *   then descending; `aria-sort` is set on that header only, and "Sorted by Name, ascending"
 *   is announced politely. Cells sort by `data-sort-value` when they have it, else by their
 *   text, as numbers when every value in the column is a number, else in the language's
 *   alphabetical order with numbers inside text compared as numbers; equal rows keep their order.
 *
 * @summary Shows data in rows and columns, with aligned numbers, reflow and optional sorting.
 * @status stable
 * @since 0.2.0
 *
 * @slot - A `<table>` with a `<caption>`, a `<thead>` of `<th scope="col">` cells and one or more `<tbody>`.
 * @csspart base - The box around the table.
 * @csspart region - The box that scrolls sideways when the table is too wide; focusable and named by the caption only then.
 * @cssprop --polis-table-border-color - Colour of the lines under the rows.
 *
 * @fires polis-sort - After the rows have been sorted, by a person or by `sort()`. `detail`: `column`, `label`, `direction`.
 */
export class PolisTable extends PolisElement {
  static override tagName = 'polis-table';

  static override styles = [baseStyles, tableStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    sortable: { type: Boolean, reflect: true },
    captionSize: { attribute: 'caption-size', reflect: true },
  };

  /**
   * Makes every column of the header row sortable, except header cells with
   * `data-polis-sortable="false"` and cells that span several columns. Without it,
   * `data-polis-sortable` on a header cell makes that column sortable.
   */
  declare sortable: boolean;
  /** The size of the caption: `s`, `m` (default), `l` or `xl`. Other values fall back to `m` with one warning. */
  declare captionSize: TableCaptionSize;

  private readonly internals: ElementInternals | null;
  private observer?: MutationObserver;
  private resizeObserver?: ResizeObserver;
  private applying = false;
  private pending = false;
  private bodyChanged = false;
  private structure: Structure | null = null;
  /** Body cells the element marked as numeric (the page's own marks are left alone). */
  private readonly marked = new Set<HTMLTableCellElement>();
  /** Header cells the element put a sort button in. */
  private readonly buttons = new Map<HTMLTableCellElement, HTMLButtonElement>();

  constructor() {
    super();
    this.sortable = false;
    this.captionSize = 'm';
    let internals: ElementInternals | null = null;
    try {
      internals = this.attachInternals();
    } catch {
      // No ElementInternals: the table keeps the page's own styles.
    }
    this.internals = internals;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this, tableDocumentStyles);
    this.setState(TABLE_STATES.upgraded, true);
    this.observer ??= new MutationObserver(this.onMutation);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: [
        TABLE_NUMERIC_ATTRIBUTE,
        TABLE_SORTABLE_ATTRIBUTE,
        TABLE_SORT_VALUE_ATTRIBUTE,
        'colspan',
        'rowspan',
        'aria-sort',
      ],
    });
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver ??= new ResizeObserver(() => this.updateRegion());
      this.resizeObserver.observe(this);
    }
    // Moved in the page: put back what leaving it took out.
    if (this.hasUpdated) this.requestUpdate();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.onReady, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.onReady);
    this.undo();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.refresh();
  }

  private setState(state: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(state);
      else states.delete(state);
    } catch {
      // An engine that only takes `--dashed` states.
    }
  }

  private readonly onReady = (): void => {
    this.requestUpdate();
  };

  private readonly onMutation = (records: MutationRecord[]): void => {
    if (this.applying) return;
    if (records.some((record) => record.target !== this && this.isBodyMutation(record)))
      this.bodyChanged = true;
    if (this.pending) return;
    // Once per burst of changes (a framework rendering many rows), after they are all made.
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.requestUpdate();
    });
  };

  private isBodyMutation(record: MutationRecord): boolean {
    let node: Node | null = record.target;
    while (node && node !== this) {
      if (node instanceof HTMLTableSectionElement) return node.localName === 'tbody';
      if (node instanceof HTMLTableElement) return record.type === 'childList';
      node = node.parentNode;
    }
    return false;
  }

  /** The page's table: the first `<table>` child. */
  private get table(): HTMLTableElement | null {
    return (
      [...this.children].find((child): child is HTMLTableElement => child instanceof HTMLTableElement) ?? null
    );
  }

  private get safeCaptionSize(): TableCaptionSize {
    return oneOf(this, 'caption-size', this.captionSize, TABLE_CAPTION_SIZES, 'm');
  }

  /** Reads the table: its header row, the columns that may sort, the rows that sort together. */
  private read(table: HTMLTableElement): Structure {
    const headRows = table.tHead ? [...table.tHead.rows] : [];
    let headerRow: HTMLTableRowElement | null = headRows.at(-1) ?? null;
    let headPositions = positions(headRows);
    if (!headerRow) {
      // No <thead>: a first row made only of header cells is the header row.
      const first = table.rows[0];
      if (first && first.cells.length > 0 && [...first.cells].every((cell) => cell.localName === 'th')) {
        headerRow = first;
        headPositions = positions([first]);
      }
    }

    const bodies = [...table.tBodies];
    const groups = bodies.length
      ? bodies.map((body) => [...body.rows].filter((row) => row !== headerRow))
      : [[...table.rows].filter((row) => row.parentElement === table && row !== headerRow)];

    const wanted = (cell: HTMLTableCellElement) => {
      const own = cell.getAttribute(TABLE_SORTABLE_ATTRIBUTE);
      return own === 'false' ? false : this.sortable || own !== null;
    };
    const sortable: Header[] = [];
    if (headerRow) {
      for (const cell of headerRow.cells) {
        if (!wanted(cell)) continue;
        const position = headPositions.get(cell)!;
        if (position.span > 1) {
          this.warn(
            'sort-colspan',
            'cannot sort by a header cell that spans several columns; give each sortable column its own header cell.',
          );
          continue;
        }
        sortable.push({ cell, column: position.column });
      }
    }
    const asked =
      this.sortable ||
      table.querySelector(`th[${TABLE_SORTABLE_ATTRIBUTE}]:not([${TABLE_SORTABLE_ATTRIBUTE}="false"])`);
    if (asked && !headerRow) {
      this.warn(
        'sort-no-header',
        'cannot sort a table without a header row; add a <thead> with <th scope="col"> cells.',
      );
    }
    const spansRows = groups.some((rows) =>
      rows.some((row) => [...row.cells].some((cell) => cell.rowSpan !== 1)),
    );
    if (sortable.length && spansRows) {
      this.warn(
        'sort-rowspan',
        'cannot sort rows that have cells spanning several rows; the table is not sortable.',
      );
      sortable.length = 0;
    }
    return { table, headerRow, sortable, groups };
  }

  /** Applies everything to the page's table as it is now. */
  private refresh(): void {
    if (this.applying) return;
    this.applying = true;
    try {
      const table = this.table;
      this.setState(`${TABLE_STATES.upgraded}-caption-${this.safeCaptionSize}`, true);
      for (const size of TABLE_CAPTION_SIZES) {
        if (size !== this.safeCaptionSize) this.setState(`${TABLE_STATES.upgraded}-caption-${size}`, false);
      }
      if (!table) {
        this.undo();
        this.structure = null;
        if (this.children.length > 0 && document.readyState !== 'loading') {
          this.warn('no-table', 'needs a <table> child; showing the content as it is.');
        }
        return;
      }
      if (this.structure?.table !== table) this.undo();
      const structure = this.read(table);
      this.structure = structure;
      if (!table.caption && document.readyState !== 'loading') {
        this.warn(
          'no-caption',
          'has a table without a <caption>; add one so people know what the table shows.',
        );
      }
      this.markNumeric(structure);
      this.placeButtons(structure);
      if (this.bodyChanged) {
        this.bodyChanged = false;
        const current = this.currentSort(structure);
        // New or changed rows: keep the order that aria-sort announces.
        if (current) this.reorder(structure, current.column, current.direction);
      }
    } finally {
      this.observer?.takeRecords();
      this.applying = false;
    }
    this.updateRegion();
  }

  /** Marks the body and footer cells of numeric columns, so they line up with their header. */
  private markNumeric(structure: Structure): void {
    const { table } = structure;
    const headRows = table.tHead ? [...table.tHead.rows] : structure.headerRow ? [structure.headerRow] : [];
    const headPositions = positions(headRows);
    const numeric = new Set<number>();
    for (const [cell, position] of headPositions) {
      if (
        !cell.hasAttribute(TABLE_NUMERIC_ATTRIBUTE) ||
        cell.getAttribute(TABLE_NUMERIC_ATTRIBUTE) === 'false'
      )
        continue;
      for (let c = position.column; c < position.column + position.span; c++) numeric.add(c);
    }
    const keep = new Set<HTMLTableCellElement>();
    const blocks = [...structure.groups, table.tFoot ? [...table.tFoot.rows] : []];
    for (const rows of blocks) {
      for (const [cell, position] of positions(rows)) {
        let all = true;
        for (let c = position.column; c < position.column + position.span; c++) all &&= numeric.has(c);
        if (!all || !numeric.size) continue;
        if (this.marked.has(cell) || !cell.hasAttribute(TABLE_NUMERIC_ATTRIBUTE)) {
          cell.setAttribute(TABLE_NUMERIC_ATTRIBUTE, '');
          keep.add(cell);
        }
      }
    }
    for (const cell of this.marked) if (!keep.has(cell)) cell.removeAttribute(TABLE_NUMERIC_ATTRIBUTE);
    this.marked.clear();
    for (const cell of keep) this.marked.add(cell);
  }

  /** Puts a sort button in each sortable header cell, and takes it out of cells that no longer sort. */
  private placeButtons(structure: Structure): void {
    const wanted = new Set(structure.sortable.map((header) => header.cell));
    for (const [cell, button] of this.buttons) {
      if (!wanted.has(cell) || !cell.contains(button)) this.unwrap(cell, button);
    }
    for (const { cell, column } of structure.sortable) {
      let button = this.buttons.get(cell);
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.setAttribute(TABLE_SORT_BUTTON_ATTRIBUTE, '');
        // The header's own content moves into the button, which it names.
        button.append(...cell.childNodes, sortIcon());
        cell.append(button);
        this.buttons.set(cell, button);
      }
      button.onclick = () => this.activate(column);
    }
  }

  /** Puts a header cell's content back where it was, without the button. */
  private unwrap(cell: HTMLTableCellElement, button: HTMLButtonElement): void {
    button.querySelector(':scope > .polis-sort-icon')?.remove();
    if (button.parentNode) button.replaceWith(...button.childNodes);
    this.buttons.delete(cell);
  }

  /** Takes out everything the element added to the page's table (not the order or aria-sort). */
  private undo(): void {
    const wasApplying = this.applying;
    this.applying = true;
    for (const [cell, button] of [...this.buttons]) this.unwrap(cell, button);
    for (const cell of this.marked) cell.removeAttribute(TABLE_NUMERIC_ATTRIBUTE);
    this.marked.clear();
    this.observer?.takeRecords();
    this.applying = wasApplying;
  }

  /** The column the table is sorted by, from the header cell that has `aria-sort`. */
  private currentSort(structure: Structure): { column: number; direction: TableSortDirection } | null {
    for (const { cell, column } of structure.sortable) {
      const value = cell.getAttribute('aria-sort');
      if (value === 'ascending' || value === 'descending') return { column, direction: value };
    }
    return null;
  }

  /** A person activated a sort button: the other direction if it is sorted by it, else ascending. */
  private activate(column: number): void {
    const structure = this.structure;
    if (!structure) return;
    const current = this.currentSort(structure);
    const direction =
      current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
    const header = this.sortByColumn(column, direction);
    if (header) {
      announce(
        this.localize.term(direction === 'ascending' ? 'tableSortedAscending' : 'tableSortedDescending', {
          column: header,
        }),
      );
    }
  }

  /**
   * Sorts the rows of each `<tbody>` by a column of the header row (counted from 0), in the
   * given direction (by default ascending, or descending if it is sorted ascending by that
   * column already). Only sortable columns sort. Returns whether the rows were sorted.
   */
  sort(column: number, direction?: TableSortDirection): boolean {
    if (!this.structure) this.refresh();
    const structure = this.structure;
    if (!structure) return false;
    const current = this.currentSort(structure);
    const chosen =
      direction === undefined
        ? current?.column === column && current.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : oneOf(this, 'sort direction', direction, TABLE_SORT_DIRECTIONS, 'ascending');
    return this.sortByColumn(column, chosen) !== null;
  }

  /** Sorts, marks the header and fires `polis-sort`. Returns the header's text, or null. */
  private sortByColumn(column: number, direction: TableSortDirection): string | null {
    // Read again: the rows are in the order the last sort (or the page) left them.
    const table = this.table;
    const structure = table ? this.read(table) : null;
    this.structure = structure;
    const header = structure?.sortable.find((candidate) => candidate.column === column);
    if (!structure || !header) {
      this.warn(`sort-column:${column}`, `has no sortable column ${column}; columns are counted from 0.`);
      return null;
    }
    this.applying = true;
    try {
      this.reorder(structure, column, direction);
      for (const cell of structure.headerRow?.cells ?? []) {
        if (cell !== header.cell) cell.removeAttribute('aria-sort');
      }
      header.cell.setAttribute('aria-sort', direction);
    } finally {
      this.observer?.takeRecords();
      this.applying = false;
    }
    const label = textOf(header.cell);
    this.dispatchEvent(new PolisTableSortEvent({ column, label, direction }));
    return label;
  }

  /** Moves the rows of each group into order; stable, empty cells last in both directions. */
  private reorder(structure: Structure, column: number, direction: TableSortDirection): void {
    let collator: Intl.Collator;
    try {
      collator = new Intl.Collator(this.localize.lang, { numeric: true, sensitivity: 'base' });
    } catch {
      collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    }
    const read = numberReader(this.localize.lang);
    const sign = direction === 'ascending' ? 1 : -1;
    for (const rows of structure.groups) {
      if (rows.length < 2) continue;
      const items = rows.map((row, index) => {
        const cell = cellAt(row, column);
        const given = cell?.getAttribute(TABLE_SORT_VALUE_ATTRIBUTE);
        const key = (given ?? textOf(cell)).trim();
        return { row, index, key, number: given == null ? read(key) : asNumber(key) };
      });
      const numeric = items.every((item) => item.key === '' || !Number.isNaN(item.number));
      items.sort((a, b) => {
        if (a.key === '' || b.key === '')
          return (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || a.index - b.index;
        const order = numeric ? a.number - b.number : collator.compare(a.key, b.key);
        return order * sign || a.index - b.index;
      });
      const parent = rows[0]!.parentNode!;
      const after = rows.at(-1)!.nextSibling;
      for (const { row } of items) parent.insertBefore(row, after);
    }
  }

  /** Makes the box around the table a focusable, named scroll region, only while the table is too wide. */
  private updateRegion(): void {
    const region = this.renderRoot?.querySelector<HTMLElement>('.region');
    if (!region) return;
    const table = this.table;
    const scrolls = Boolean(table) && region.scrollWidth > region.clientWidth + 1;
    this.setState(TABLE_STATES.scrollable, scrolls);
    if (scrolls) {
      const caption = textOf(table!.caption);
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', caption || this.localize.term('tableScrollableLabel'));
      region.tabIndex = 0;
    } else {
      region.removeAttribute('role');
      region.removeAttribute('aria-label');
      region.removeAttribute('tabindex');
    }
  }

  private readonly onSlotChange = (): void => {
    const table = this.table;
    if (table) this.resizeObserver?.observe(table);
    this.requestUpdate();
  };

  protected override firstUpdated(): void {
    if (this.sortable || this.querySelector(`th[${TABLE_SORTABLE_ATTRIBUTE}]`)) ensureAnnouncer();
  }

  protected override render() {
    return html`<div part="base" class="base">
      <div part="region" class="region"><slot @slotchange=${this.onSlotChange}></slot></div>
    </div>`;
  }
}
