/**
 * One dependable way to tell screen-reader users that something changed (WCAG 4.1.3).
 *
 * Live regions inside shadow roots are announced unreliably (FIELD-NOTES §3: shoelace #1359,
 * Umbraco-CMS PR #21028, italia/dev-kit-italia #59), and a region must exist, empty, before
 * its text changes or many screen readers stay silent. So Polis keeps a single announcer in
 * the light DOM at the end of `<body>`: one element holding a polite and an assertive live
 * region, created empty the first time any Polis element that announces connects (or at the
 * latest on the first `announce()`, which then waits before writing).
 */
export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  /** `polite` (default) waits for the screen reader to finish; `assertive` interrupts. */
  politeness?: Politeness;
}

const ANNOUNCER_ID = 'polis-announcer';
/** How long a new region stays empty, and how long text is cleared between messages. */
export const ANNOUNCE_DELAY = 100;

interface Regions {
  root: HTMLElement;
  polite: HTMLElement;
  assertive: HTMLElement;
}

function hide(element: HTMLElement): void {
  // CSSOM, not a style attribute, so it works under a strict Content-Security-Policy.
  Object.assign(element.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: '0',
  });
}

function find(doc: Document): Regions | null {
  const root = doc.getElementById(ANNOUNCER_ID);
  const polite = root?.querySelector<HTMLElement>('[aria-live="polite"]');
  const assertive = root?.querySelector<HTMLElement>('[aria-live="assertive"]');
  return root && polite && assertive ? { root, polite, assertive } : null;
}

/**
 * Makes sure the announcer exists (empty) in the light DOM, and returns whether it was
 * already there. Safe to call any number of times; does nothing without a document body.
 */
export function ensureAnnouncer(doc: Document | undefined = globalThis.document): boolean {
  if (!doc?.body) return false;
  if (find(doc)) return true;
  const root = doc.createElement('div');
  root.id = ANNOUNCER_ID;
  root.dataset.polis = 'announcer';
  hide(root);
  for (const politeness of ['polite', 'assertive'] as const) {
    const region = doc.createElement('div');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'true');
    region.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
    root.append(region);
  }
  doc.body.append(root);
  return false;
}

const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Announces `message` to screen-reader users without moving focus. The same message twice
 * in a row is announced twice: the region is emptied, then filled again after a pause.
 * Returns a promise that settles once the text is in the region.
 */
export function announce(message: string, options: AnnounceOptions = {}): Promise<void> {
  const doc = globalThis.document;
  const text = String(message ?? '').trim();
  if (!doc?.body || !text) return Promise.resolve();
  ensureAnnouncer(doc);
  const regions = find(doc)!;
  const region = options.politeness === 'assertive' ? regions.assertive : regions.polite;
  region.textContent = '';
  const previous = pending.get(region);
  if (previous) clearTimeout(previous);
  return new Promise((resolve) => {
    pending.set(
      region,
      setTimeout(() => {
        pending.delete(region);
        region.textContent = text;
        resolve();
      }, ANNOUNCE_DELAY),
    );
  });
}
