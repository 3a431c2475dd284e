import { unsafeCSS, type CSSResult } from 'lit';
import { cssVars } from '@polis-ds/tokens';

type TokenKey = keyof typeof cssVars;

/**
 * Design tokens as CSS values for `css` templates: `${t.colorText}` becomes
 * `var(--polis-color-text, #…)`. The fallback is the default theme's value, so a component
 * looks right even on a page that has not loaded `@polis-ds/tokens/tokens.css`; loading it
 * (or a theme) changes every component at once. The values come from our own token package,
 * never from user input, which is what makes `unsafeCSS` safe here.
 */
export const t = Object.fromEntries(
  Object.entries(cssVars).map(([key, value]) => [key, unsafeCSS(value)]),
) as Record<TokenKey, CSSResult>;
