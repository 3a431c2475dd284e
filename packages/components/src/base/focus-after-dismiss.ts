/**
 * Where focus goes when a notification that contained it is dismissed, so that it is never
 * lost to the top of the document without a word (WCAG 2.4.3 Focus Order).
 *
 * In order: the `<main>` (or `role="main"`) the notification is in, else the page's main
 * landmark, else the notification's parent element. The target is made focusable with
 * `tabindex="-1"` only for that moment (removed on blur), as the error summary does, and the
 * page does not scroll. Call it before the notification is hidden or removed.
 *
 * This module is shared by `polis-notification-banner` and `polis-service-alert`.
 */
export function focusAfterDismiss(notification: HTMLElement): HTMLElement | null {
  const doc = notification.ownerDocument;
  const selector = 'main, [role="main"]';
  let landmark: Element | null = null;
  // Look up through shadow roots: a banner may sit inside another component.
  for (let node: Element | null = notification; node && !landmark;) {
    landmark = node.parentElement?.closest(selector) ?? null;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  landmark ??= doc.querySelector(selector);
  const parent = notification.parentElement ?? (notification.getRootNode() as ShadowRoot).host ?? null;
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
