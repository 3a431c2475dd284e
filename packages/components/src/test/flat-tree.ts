/**
 * Reading a rendered sample as a person sees it: the flat tree (shadow roots entered, slots
 * replaced by what is assigned to them), text that is shown rather than visually hidden, and
 * where that text sits on screen.
 */

/** The children of `node` in the flat tree: a host's shadow root, a slot's assigned nodes. */
function flatChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

/** Every text node under `root` in flat-tree order (what is rendered, in reading order). */
export function flatTextNodes(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Text) {
      found.push(node);
      return;
    }
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    for (const child of flatChildren(node)) visit(child);
  };
  visit(root);
  return found;
}

/** Every element under `root` in the flat tree, `root` excluded. */
export function flatElements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    for (const child of flatChildren(node)) {
      if (child instanceof Element) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The parent in the flat tree: a slotted node's slot, a shadow root's host. */
function flatParent(node: Node): Node | null {
  if (node instanceof Element || node instanceof Text) {
    if (node.assignedSlot) return node.assignedSlot;
  }
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

/**
 * Whether the text is read but not shown: inside `.visually-hidden` (a 1 px clipped box),
 * `display: none`, `hidden` or `visibility: hidden`.
 */
export function isHiddenText(text: Text): boolean {
  const parent = text.parentElement;
  if (!parent || !parent.checkVisibility({ visibilityProperty: true })) return true;
  for (let node: Node | null = parent; node instanceof Element; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.clipPath !== 'none' && /inset\(50%/.test(style.clipPath)) return true;
    if (style.clip.startsWith('rect(') && style.position === 'absolute') return true;
  }
  return false;
}

/** The text a person sees, whitespace collapsed. */
export function visibleText(root: Node): string {
  return flatTextNodes(root)
    .filter((text) => text.data.trim() && !isHiddenText(text))
    .map((text) => text.data)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** All the rendered text, shown or visually hidden (what a screen reader may read). */
export function renderedText(root: Node): string {
  return flatTextNodes(root)
    .filter((text) => text.parentElement?.checkVisibility() ?? false)
    .map((text) => text.data)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The box of the first shown, non-empty text under `root` in the flat tree, with its text. */
export function firstTextBox(root: Node): { text: string; rect: DOMRect } | null {
  for (const text of flatTextNodes(root)) {
    if (!text.data.trim() || isHiddenText(text)) continue;
    // Only the characters, not the white space around them (collapsed or not).
    const start = text.data.search(/\S/);
    const end = text.data.trimEnd().length;
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    const rect = range.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    return { text: text.data.trim(), rect };
  }
  return null;
}
