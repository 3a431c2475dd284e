/**
 * Addresses from the configuration or the page, checked before they become a link, a frame or
 * a redirect. No DOM: used by the gating in the browser and by the server helper.
 */

const SCRIPT_SCHEME = /^(javascript|data|vbscript):/i;

/**
 * The address as the URL parser reads its scheme: without the leading and trailing control
 * characters and spaces it strips, and without the tabs and newlines it ignores anywhere
 * (`java\tscript:` is `javascript:`).
 */
function asParsed(value: string): string {
  let result = '';
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    result += character;
  }
  let start = 0;
  while (start < result.length && result.charCodeAt(start) <= 0x20) start++;
  return result.slice(start);
}

/**
 * The address trimmed, or `null` when there is none or it would run script (`javascript:`,
 * `data:`, `vbscript:`, in any case, with tabs or newlines inside the scheme).
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return SCRIPT_SCHEME.test(asParsed(value)) ? null : value.trim();
}

/**
 * A path on this site to go back to, or `fallback`. Refuses absolute and protocol-relative
 * addresses (`//evil.example`, `/\evil.example`) and any control character, so a
 * `returnTo` field cannot send people to another site. Characters beyond ASCII come back
 * percent-encoded, so the path can go straight into a `Location` header (Node refuses them).
 */
export function safeReturnTo(value: string | null | undefined, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 2048) return fallback;
  let result = '';
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return fallback;
    if (code < 0x7f) {
      result += character;
      continue;
    }
    try {
      result += encodeURIComponent(character);
    } catch {
      // A lone surrogate is no text at all.
      return fallback;
    }
  }
  if (!result.startsWith('/') || result.startsWith('//') || result.startsWith('/\\')) return fallback;
  return result;
}
