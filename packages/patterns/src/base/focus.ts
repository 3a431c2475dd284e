/**
 * Where focus goes when a consent element that held it goes away (the banner's "Hide"), so
 * that it is never lost to the top of the document without a word (WCAG 2.4.3).
 *
 * The same rule as the components' `focusAfterDismiss` (not exported by
 * `@polis-ds/components`): the enclosing `<main>`, else the page's main landmark, else the
 * element's parent, made focusable with `tabindex="-1"` for that moment only, without scrolling.
 */
export function focusAfterLeaving(element: HTMLElement): HTMLElement | null {
  const doc = element.ownerDocument;
  const selector = 'main, [role="main"]';
  let landmark: Element | null = null;
  for (let node: Element | null = element; node && !landmark;) {
    landmark = node.parentElement?.closest(selector) ?? null;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  landmark ??= doc.querySelector(selector);
  const parent =
    element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as HTMLElement | undefined);
  const target = (landmark ?? parent ?? doc.body) as HTMLElement | null;
  if (!target) return null;
  if (!target.hasAttribute('tabindex')) {
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
  return target;
}

/** Whether focus is on the element, in its shadow root, or on one of its light-DOM children. */
export function hasFocusWithin(element: HTMLElement): boolean {
  const active = element.ownerDocument.activeElement;
  if (!active) return false;
  return element.shadowRoot?.activeElement != null || element === active || element.contains(active);
}
