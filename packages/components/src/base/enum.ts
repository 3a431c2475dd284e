import { warnOnce } from './dev.js';

/**
 * Returns `value` when it is one of `allowed`, otherwise `fallback` with one development
 * warning that names the element, the attribute and the values it takes. Declarative input
 * never throws: a typo in an attribute must not break a page.
 */
export function oneOf<const T extends readonly string[]>(
  element: Element,
  attribute: string,
  value: unknown,
  allowed: T,
  fallback: T[number],
): T[number] {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
    return value as T[number];
  }
  if (value !== undefined && value !== null && value !== '') {
    const tag = element.localName;
    warnOnce(
      `${tag}:${attribute}:${String(value)}`,
      `<${tag}> ${attribute}="${String(value)}" is not one of ${allowed
        .map((v) => `"${v}"`)
        .join(', ')}; using "${fallback}".`,
    );
  }
  return fallback;
}
