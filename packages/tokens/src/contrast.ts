/**
 * WCAG 2.x colour contrast, as plain functions with no DOM dependency, so the
 * token tests, the documentation and service teams' own checks share one
 * implementation.
 *
 * Definitions: https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio.
 *
 * @module
 */

/** An opaque sRGB colour as 8-bit channels, 0–255. */
export type Rgb = readonly [red: number, green: number, blue: number];

/** A colour written as `#rgb`, `#rrggbb`, `rgb(r, g, b)` / `rgb(r g b)`, or as channels. */
export type ColorInput = string | Rgb;

/** Minimum contrast ratios from WCAG 2.2. */
export const WCAG_MINIMUM = {
  /** 1.4.3 Contrast (Minimum), AA: text and images of text. */
  text: 4.5,
  /** 1.4.3 Contrast (Minimum), AA: large text (24px, or 18.66px bold, and up). */
  largeText: 3,
  /** 1.4.11 Non-text Contrast, AA: boundaries of controls, focus indicators, meaningful graphics. */
  nonText: 3,
  /** 1.4.6 Contrast (Enhanced), AAA: text. */
  enhancedText: 7,
} as const;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const HEX_WITH_ALPHA = /^#([0-9a-f]{4}|[0-9a-f]{8})$/i;
const RGB_FUNCTION =
  /^rgba?\(\s*(\d{1,3})\s*(?:,\s*|\s+)(\d{1,3})\s*(?:,\s*|\s+)(\d{1,3})\s*(?:(?:,|\/)\s*(1|1\.0*|100%)\s*)?\)$/i;

/**
 * Reads an opaque colour. Throws a `TypeError` for anything else, including
 * translucent colours, whose contrast depends on what is behind them.
 */
export function parseColor(color: ColorInput): Rgb {
  if (typeof color !== 'string') {
    if (
      color.length !== 3 ||
      !color.every((channel) => Number.isInteger(channel) && channel >= 0 && channel <= 255)
    ) {
      throw new TypeError(`Expected three integer channels from 0 to 255, got [${color.join(', ')}].`);
    }
    return color;
  }
  const text = color.trim();
  const hex = HEX.exec(text)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16)) as unknown as Rgb;
  }
  const rgb = RGB_FUNCTION.exec(text);
  if (rgb !== null) {
    const channels = [rgb[1], rgb[2], rgb[3]].map(Number);
    return parseColor(channels as unknown as Rgb);
  }
  if (HEX_WITH_ALPHA.test(text) || /^(rgba?|hsla?)\(/i.test(text)) {
    throw new TypeError(
      `Cannot measure "${color}": only opaque #rgb, #rrggbb and rgb() colours are supported.`,
    );
  }
  throw new TypeError(`Not a colour: "${color}".`);
}

function linearise(channel: number): number {
  const value = channel / 255;
  // WCAG 2.2 quotes the sRGB threshold 0.04045 (older texts: 0.03928; no 8-bit value lies between).
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, from 0 (black) to 1 (white). */
export function relativeLuminance(color: ColorInput): number {
  const [red, green, blue] = parseColor(color);
  return 0.2126 * linearise(red) + 0.7152 * linearise(green) + 0.0722 * linearise(blue);
}

/**
 * WCAG contrast ratio between two colours, from 1 to 21. The order of the
 * arguments does not matter. The result is not rounded: compare it with the
 * minimum as it is (WCAG does not allow rounding 4.499 up to 4.5).
 */
export function contrastRatio(first: ColorInput, second: ColorInput): number {
  const a = relativeLuminance(first);
  const b = relativeLuminance(second);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Whether two colours reach a minimum ratio, for example `WCAG_MINIMUM.text`. */
export function meetsContrast(first: ColorInput, second: ColorInput, minimum: number): boolean {
  return contrastRatio(first, second) >= minimum;
}

/**
 * A ratio for people to read, such as `"4.48:1"`. Truncated, never rounded up,
 * so a failing ratio is never shown as the minimum it missed.
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
