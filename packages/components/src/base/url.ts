import { warnOnce } from './dev.js';

/** Schemes that run script or embed a document instead of going to a web address. */
const SCRIPT_SCHEME = /^\s*(javascript|data|vbscript):/i;

/**
 * The address to put in a link's `href`, or `undefined` when there is none or when it
 * would run script (`javascript:`, `data:`, `vbscript:`, in any case, after leading spaces).
 * A refused address prints one development warning naming the element and the attribute.
 * Browsers also ignore tabs and newlines inside a scheme (`java\tscript:`), so those are
 * removed before the check.
 */
export function safeHref(element: Element, href: unknown, attribute = 'href'): string | undefined {
  if (typeof href !== 'string' || href.trim() === '') return undefined;
  if (SCRIPT_SCHEME.test(href.replace(/[\t\n\r]/g, ''))) {
    const tag = element.localName;
    warnOnce(
      `${tag}:${attribute}:${href}`,
      `<${tag}> ${attribute}="${href}" would run script and was ignored; use a web address.`,
    );
    return undefined;
  }
  return href;
}
