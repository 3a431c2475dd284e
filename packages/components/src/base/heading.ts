import { literal, type StaticValue } from 'lit/static-html.js';
import { oneOf } from './enum.js';

export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

const TAGS: Record<(typeof HEADING_LEVELS)[number], StaticValue> = {
  '1': literal`h1`,
  '2': literal`h2`,
  '3': literal`h3`,
  '4': literal`h4`,
  '5': literal`h5`,
  '6': literal`h6`,
};

/**
 * The heading tag for a `heading-level` attribute: a real `<hN>` so that people who move
 * through a page by headings find it. Values outside 1–6 fall back with one warning.
 */
export function headingTag(
  element: Element,
  level: unknown,
  fallback: (typeof HEADING_LEVELS)[number],
): StaticValue {
  return TAGS[
    oneOf(element, 'heading-level', level === undefined ? undefined : String(level), HEADING_LEVELS, fallback)
  ];
}
