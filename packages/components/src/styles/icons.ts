import { svg, type SVGTemplateResult } from 'lit';

/**
 * Status icons (24 × 24 view box), drawn inline: nothing is fetched. Each has its own shape
 * so a status is never told by colour alone; they are decorative (`aria-hidden`): the
 * meaning is always also in words. `.icon-mark` is the inner mark, drawn in a contrasting
 * colour by each component.
 */
export const statusIcons = {
  info: svg`<circle cx="12" cy="12" r="11"/><path class="icon-mark" d="M10.5 10h3v8h-3zM10.5 5.5h3v3h-3z"/>`,
  success: svg`<circle cx="12" cy="12" r="11"/><path class="icon-mark" d="m6 12.5 2.1-2.1 2.6 2.6 5.2-5.3L18 9.8l-7.3 7.3z"/>`,
  warning: svg`<path d="M12 1.5 23.5 22H.5z"/><path class="icon-mark" d="M10.7 8.5h2.6l-.4 7h-1.8zM10.6 17.2h2.8V20h-2.8z"/>`,
  error: svg`<path d="M7.4 1h9.2L23 7.4v9.2L16.6 23H7.4L1 16.6V7.4z"/><path class="icon-mark" d="M10.6 5.5h2.8l-.4 8h-2zM10.6 15.5h2.8v2.8h-2.8z"/>`,
} satisfies Record<string, SVGTemplateResult>;
