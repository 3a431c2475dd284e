/**
 * Where focus goes when a pattern element that held it goes away (the banner's "Hide", a
 * prompt's "Not now"): the same rule as the components' notifications, so it is never lost to
 * the top of the document without a word (WCAG 2.4.3).
 */
export { focusAfterDismiss as focusAfterLeaving, hasFocusWithin } from '@polis-ds/components';
