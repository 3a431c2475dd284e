// HTML on the server without a templating dependency: a tagged template that escapes every
// value it is given, unless the value is already HTML made by this module. So a page is built
// from `html` pieces, and anything a person typed (or any other string) can only ever arrive
// as text. Attribute values must be written in double quotes in the templates.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** HTML that this module made or was told to trust; `html` inserts it as it is. */
class SafeHtml {
  constructor(value) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}

/**
 * Marks a string as HTML. Only for HTML made by trusted code (such as `renderBannerHtml`,
 * which escapes what it writes), never for anything from a request.
 */
export function trusted(value) {
  return new SafeHtml(String(value ?? ''));
}

function insert(value) {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(insert).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/**
 * `html\`<p>${name}</p>\`` gives HTML in which `name` is escaped. Arrays are joined, `null`,
 * `undefined` and `false` give nothing, and pieces made by `html` are inserted as they are.
 */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += insert(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/**
 * An optional attribute: nothing for `null`, `undefined` or `false`, the bare name for `true`,
 * else ` name="value"` with the value escaped.
 */
export function attr(name, value) {
  if (value === null || value === undefined || value === false) return trusted('');
  if (value === true) return trusted(` ${name}`);
  return trusted(` ${name}="${escapeHtml(value)}"`);
}

/**
 * JSON for a `<script type="application/json">` data block: `<`, `>`, `&` and the line
 * separators are written as escapes, so no value can close the element or start markup.
 */
export function jsonData(value) {
  return trusted(
    JSON.stringify(value).replace(
      /[<>&\u2028\u2029]/g,
      (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ),
  );
}
