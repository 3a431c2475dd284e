import type { CSSResult } from 'lit';

/**
 * Adopts `styles` into the document (or shadow root) that `host` is in, once. Components that
 * enhance the page's own markup (tables, tabs, summary lists, footers) style it from there:
 * shadow DOM cannot reach the cells of a table or the items of a list in the page's tree
 * (`::slotted()` sees only direct children). The sheets are scoped by each element's custom
 * state, such as `:state(polis-table)`, so nothing applies before the element upgrades.
 */
export function adoptDocumentStyles(host: Element, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  const root = host.getRootNode() as Document | ShadowRoot;
  if (!sheet || !('adoptedStyleSheets' in root)) return;
  try {
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A sheet made for another document (an iframe): the page's own styles apply there.
  }
}
