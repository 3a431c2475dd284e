// Stories that show a page's structure (a header, a footer, navigation landmarks, a page's <h1>)
// render in docs pages in their own frame, as GOV.UK's design system shows its examples: each
// frame is its own document, so its landmarks and headings do not mix with the guidance's, and a
// screen reader's list of landmarks on a guidance page is the guidance's own. Such stories set
//
//   parameters: { docs: { story: { inline: false, height: 'auto' } } }
//
// Storybook's framed stories have a fixed height and open with the default language and theme.
// This module, loaded by the preview, gives a frame with `height: 'auto'` the height of its story,
// following it as the story changes, and opens every frame in the docs page's language, direction
// and theme, reopening it when the toolbar changes them.
import { addons } from 'storybook/preview-api';

const FRAME = 'iframe[id^="iframe--"]';
/** The globals a framed story takes from the docs page it is in. */
const SHARED_GLOBALS = ['locale', 'dir', 'theme'];

/** `locale:fr;theme:dark`, as Storybook reads globals from a URL. */
type Globals = Record<string, string>;

const fromUrl = (search: string): Globals =>
  Object.fromEntries(
    (new URLSearchParams(search).get('globals') ?? '')
      .split(';')
      .map((pair) => pair.split(':'))
      .filter((pair): pair is [string, string] => pair.length === 2 && SHARED_GLOBALS.includes(pair[0]!)),
  );

let globals: Globals = fromUrl(location.search);

const serialise = (values: Globals): string =>
  Object.entries(values)
    .filter(([key, value]) => SHARED_GLOBALS.includes(key) && value)
    .map(([key, value]) => `${key}:${value}`)
    .join(';');

/** Points a frame at its story with the docs page's globals; true when that changed its address. */
function shareGlobals(frame: HTMLIFrameElement): boolean {
  const url = new URL(frame.getAttribute('src') ?? '', location.href);
  const wanted = serialise(globals);
  if ((url.searchParams.get('globals') ?? '') === wanted) return false;
  if (wanted) url.searchParams.set('globals', wanted);
  else url.searchParams.delete('globals');
  frame.setAttribute('src', `${url.pathname}${url.search}`);
  return true;
}

const fitted = new WeakSet<HTMLIFrameElement>();

/** Keeps an `height: 'auto'` frame as tall as its story. */
function fit(frame: HTMLIFrameElement): void {
  const box = frame.parentElement;
  if (!box || box.style.height !== 'auto' || fitted.has(frame)) return;
  fitted.add(frame);
  let observer: ResizeObserver | undefined;
  const measure = () => {
    const doc = frame.contentDocument;
    const root = doc?.querySelector('#storybook-root');
    if (!doc?.body || !root) return;
    const style = getComputedStyle(doc.body);
    const height =
      root.getBoundingClientRect().bottom + parseFloat(style.paddingBottom) + parseFloat(style.marginBottom);
    // A story that shows nothing yet keeps a small frame rather than none.
    frame.style.height = `${Math.max(48, Math.ceil(height))}px`;
  };
  const watch = () => {
    observer?.disconnect();
    const doc = frame.contentDocument;
    if (!doc?.body) return;
    observer = new ResizeObserver(measure);
    observer.observe(doc.body);
    const root = doc.querySelector('#storybook-root');
    if (root) observer.observe(root);
    measure();
  };
  frame.addEventListener('load', watch);
  watch();
}

function visit(node: ParentNode): void {
  for (const frame of node.querySelectorAll<HTMLIFrameElement>(FRAME)) {
    shareGlobals(frame);
    fit(frame);
  }
}

// Framed stories are themselves previews: only the outer preview (the docs page) manages frames.
if (typeof window !== 'undefined' && window.parent === window.top && document.body) {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLIFrameElement && node.matches(FRAME)) visit(node.parentElement ?? document);
        else if (node instanceof Element) visit(node);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });

  addons.getChannel().on('globalsUpdated', (payload: { globals?: Globals }) => {
    globals = Object.fromEntries(
      Object.entries(payload.globals ?? {}).filter(([key]) => SHARED_GLOBALS.includes(key)),
    ) as Globals;
    visit(document);
  });
}
