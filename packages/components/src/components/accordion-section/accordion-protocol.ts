import type { HEADING_LEVELS } from '../../base/heading.js';

/**
 * How `polis-accordion` talks to its sections, through symbols rather than public
 * properties, so that none of it is part of the elements' API (nor of the package's exports).
 */

/**
 * Set by `polis-accordion` on its sections: the heading level (already checked) a section
 * uses when it has no `heading-level` of its own.
 */
export const inheritedHeadingLevel = Symbol('polis-accordion-section.inheritedHeadingLevel');

/** Called by `polis-accordion` for "Show all sections": opens or closes as the person asked. */
export const toggleForPerson = Symbol('polis-accordion-section.toggleForPerson');

export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** What each accordion does when one of its sections changes. */
const listeners = new WeakMap<Element, () => void>();

/**
 * Called by `polis-accordion` for each of its sections: `listener` runs after the section
 * renders with another open state, or becomes (or stops being) collapsible.
 */
export function followSection(section: Element, listener: () => void): void {
  listeners.set(section, listener);
}

/** Called by a section after such a change: tells its accordion, if it has one. */
export function sectionChanged(section: Element): void {
  listeners.get(section)?.();
}
