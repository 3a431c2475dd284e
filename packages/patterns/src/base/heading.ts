import { literal, type StaticValue } from 'lit/static-html.js';
import { warnOnce } from '@polis-ds/components';

/** The heading levels `heading-level` takes. */
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

const TAGS: Record<HeadingLevel, StaticValue> = {
  '1': literal`h1`,
  '2': literal`h2`,
  '3': literal`h3`,
  '4': literal`h4`,
  '5': literal`h5`,
  '6': literal`h6`,
};

/**
 * The level of a `heading-level` attribute, 1 to 6; anything else falls back to `fallback`
 * with one development warning (as the components' `headingTag` does).
 */
export function headingLevel(element: Element, value: unknown, fallback: HeadingLevel = '2'): number {
  const text = value === undefined || value === null ? '' : String(value).trim();
  if ((HEADING_LEVELS as readonly string[]).includes(text)) return Number(text);
  if (text !== '') {
    const tag = element.localName;
    warnOnce(
      `${tag}:heading-level:${text}`,
      `<${tag}> heading-level="${text}" is not one of 1 to 6; using "${fallback}".`,
    );
  }
  return Number(fallback);
}

/** The `<hN>` tag, as a lit static literal, for a level (clamped to 1–6). */
export function headingTagFor(level: number): StaticValue {
  const clamped = String(Math.min(6, Math.max(1, Math.trunc(level)))) as HeadingLevel;
  return TAGS[clamped];
}
