import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/language-switcher/define.js';

/**
 * Four languages, one of them Arabic, with the current one marked. The landmark's name,
 * "Language", is the built-in string; the names of the languages are endonyms, the same in
 * every locale. The globe leads, at the inline-start edge, and is never mirrored.
 */
export const samples: Sample[] = [
  {
    name: 'language-switcher',
    tag: 'polis-language-switcher',
    template: html`<polis-language-switcher
      languages="en cy ar fr"
      current="en"
      href-template="#{lang}"
    ></polis-language-switcher>`,
    rtl: {
      leadingIcon: 'polis-language-switcher',
      inlineOrder: [
        {
          host: 'polis-language-switcher',
          before: '[part~="item"]:first-child',
          after: '[part~="item"]:nth-child(2)',
        },
      ],
      unmirrored: [{ host: 'polis-language-switcher', selector: '[part~="icon"]' }],
    },
  },
];
