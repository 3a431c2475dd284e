import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens the consent elements use, as `var(--polis-…, <light theme value>)`, in
 * the same shape as the components' own `t` (packages/components/src/styles/tokens.ts).
 *
 * A copy, because `@polis-ds/components` does not export its `t` and the patterns package
 * does not depend on `@polis-ds/tokens`. The custom properties are the tokens', so a page that
 * loads `tokens.css` or a theme restyles these elements with every other Polis element; only
 * the fallbacks (used on a page without `tokens.css`) could drift. Replace this module with an
 * import once the components export `t`.
 */
const tokens = {
  colorText: 'var(--polis-color-text, #121619)',
  colorTextSecondary: 'var(--polis-color-text-secondary, #545d67)',
  colorBackground: 'var(--polis-color-background, #ffffff)',
  colorSurface: 'var(--polis-color-surface, #f4f5f6)',
  colorLink: 'var(--polis-color-link, #1f5aa0)',
  colorLinkHover: 'var(--polis-color-link-hover, #133c6d)',
  colorLinkVisited: 'var(--polis-color-link-visited, #623aa8)',
  colorLinkActive: 'var(--polis-color-link-active, #121619)',
  colorBorderSubtle: 'var(--polis-color-border-subtle, #d5dadf)',
  colorFocus: 'var(--polis-color-focus, #ffd13b)',
  colorFocusText: 'var(--polis-color-focus-text, #121619)',
  focusWidth: 'var(--polis-focus-width, 3px)',
  focusRingColor: 'var(--polis-focus-ring-color, #ffd13b)',
  focusOutlineColor: 'var(--polis-focus-outline-color, #121619)',
  buttonPrimaryBackground: 'var(--polis-button-primary-background, #1f5aa0)',
  buttonPrimaryBackgroundHover: 'var(--polis-button-primary-background-hover, #133c6d)',
  buttonPrimaryText: 'var(--polis-button-primary-text, #ffffff)',
  buttonPrimaryShadow: 'var(--polis-button-primary-shadow, #0e2c52)',
  fontFamily:
    "var(--polis-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif)",
  fontSize16: 'var(--polis-font-size-16, 1rem)',
  fontSize19: 'var(--polis-font-size-19, 1.1875rem)',
  fontSize24: 'var(--polis-font-size-24, 1.5rem)',
  fontWeightBold: 'var(--polis-font-weight-bold, 700)',
  fontWeightRegular: 'var(--polis-font-weight-regular, 400)',
  lineHeightBody: 'var(--polis-line-height-body, 1.3158)',
  lineHeightHeading: 'var(--polis-line-height-heading, 1.1111)',
  space1: 'var(--polis-space-1, 0.3125rem)',
  space2: 'var(--polis-space-2, 0.625rem)',
  space3: 'var(--polis-space-3, 0.9375rem)',
  space4: 'var(--polis-space-4, 1.25rem)',
  space5: 'var(--polis-space-5, 1.5625rem)',
  space6: 'var(--polis-space-6, 1.875rem)',
  space7: 'var(--polis-space-7, 2.5rem)',
  borderWidth: 'var(--polis-border-width, 2px)',
  radius: 'var(--polis-radius, 0)',
} as const;

/** Token values for `css` templates. Constant strings of our own, never user input. */
export const t = Object.fromEntries(
  Object.entries(tokens).map(([key, value]) => [key, unsafeCSS(value)]),
) as Record<keyof typeof tokens, CSSResult>;
