// Every built-in locale, on every component: each string the components show is translated
// (no English fallback reported), filled (no `{placeholder}` left), and really applied.
// Written against BUILT_IN_LOCALES, so a locale added to the registry is covered at once.
import { html } from 'lit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_LOCALES, loadLocale, onMissingString, type MissingString } from '../i18n/registry.js';
import { fixture, settle } from './fixture.js';
import { flatElements, flatTextNodes } from './flat-tree.js';
import { COMPONENT_FOLDERS, samples, type Sample } from './samples.js';

/** A template placeholder, filled or not: `{label}`, `{count}`, `{label:lower}`. */
const PLACEHOLDER = /\{[A-Za-z][\w-]*(?::\w+)?\}/g;
/** Attributes whose text people hear or see. */
const TEXT_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
];

let stopListening: (() => void) | undefined;
afterEach(() => {
  stopListening?.();
  stopListening = undefined;
});

/** Renders a sample in `lang`, runs its preparation and records any string shown in English. */
async function render(
  sample: Sample,
  lang: string,
): Promise<{ root: HTMLElement; missing: MissingString[] }> {
  const missing: MissingString[] = [];
  stopListening?.();
  stopListening = onMissingString((report) => missing.push(report));
  const root = await fixture<HTMLElement>(html`<div lang=${lang}>${sample.template}</div>`);
  await sample.prepare?.(root);
  await settle(root);
  for (const element of flatElements(root)) {
    await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  }
  return { root, missing };
}

/**
 * The text of the rendered sample, shown or not (visually hidden prefixes, a count not yet
 * shown), and the text of naming attributes such as a dismiss button's `aria-label`.
 */
function textOf(root: HTMLElement): string {
  const attributes = flatElements(root).flatMap((element) =>
    TEXT_ATTRIBUTES.map((name) => element.getAttribute(name)).filter((value): value is string =>
      Boolean(value),
    ),
  );
  return [...flatTextNodes(root).map((text) => text.data), ...attributes].join('\n');
}

describe('samples', () => {
  it('cover every component', () => {
    const covered = new Set(samples.map((sample) => sample.name));
    const without = COMPONENT_FOLDERS.filter((folder) => !covered.has(folder));
    expect(without, `components without a sample in src/test/samples.ts: ${without.join(', ')}`).toEqual([]);
  });
});

describe.each(BUILT_IN_LOCALES)('locale "%s"', (code) => {
  beforeAll(async () => {
    await loadLocale(code);
  });

  it.each(samples)('$name: every string is translated and filled', async (sample) => {
    const { root, missing } = await render(sample, code);
    const shown = root.querySelector(sample.tag);
    expect(shown, `the ${sample.name} sample renders no <${sample.tag}>`).not.toBeNull();

    const keys = [...new Set(missing.map((m) => `${m.key} (${m.catalogue})`))];
    expect(keys, `locale "${code}" shows English in <${sample.tag}> for: ${keys.join(', ')}`).toEqual([]);

    const text = textOf(root);
    const unfilled = [...new Set(text.match(PLACEHOLDER) ?? [])];
    expect(
      unfilled,
      `locale "${code}" leaves placeholders unfilled in <${sample.tag}>: ${unfilled.join(', ')}`,
    ).toEqual([]);
  });

  if (code !== 'en') {
    it('is applied, not English: the error summary title differs from English', async () => {
      const sample = samples.find((s) => s.name === 'error-summary')!;
      const title = async (lang: string) => {
        const { root } = await render(sample, lang);
        const heading = root
          .querySelector('polis-error-summary')!
          .shadowRoot!.querySelector('[part~="heading"]');
        return heading?.textContent?.trim() ?? '';
      };
      const english = await title('en');
      const translated = await title(code);
      expect(english, 'the English error summary has a title').not.toBe('');
      expect(translated, `locale "${code}" shows an empty error summary title`).not.toBe('');
      expect(
        translated,
        `locale "${code}" shows the English error summary title ("${english}"): is the locale loaded and applied?`,
      ).not.toBe(english);
    });
  }
});
