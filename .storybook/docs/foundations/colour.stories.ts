import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import { parseColor } from '@polis-ds/tokens/contrast';
import '../blocks.css';
import {
  CRITERIA,
  EXEMPT,
  PAIRS,
  PALETTE,
  SEMANTIC_COLOURS,
  THEME_NAMES,
  againstWhiteAndBlack,
  themeLabel,
  token,
  type Measure,
  type ThemeName,
} from './tokens.js';

/** `color.grey.950` → `--polis-color-grey-950`. */
const cssName = (path: string) => `--polis-${path.replaceAll('.', '-')}`;
/** `color.grey.950` → `grey-950`: a primitive's short name. */
const shortName = (path: string) => path.replace(/^color\./, '').replaceAll('.', '-');
/** `#1f5aa0` → `rgb(31, 90, 160)`, as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${parseColor(hex).join(', ')})`;

/**
 * A swatch painted with the token through var(), inside an element set to the theme, so it shows
 * what tokens.css gives that theme. Decorative: the value is written beside it.
 */
const swatch = (name: string, theme?: ThemeName) =>
  html`<span
    class="docs-swatch"
    aria-hidden="true"
    data-polis-theme=${theme ?? 'light'}
    data-token=${name}
    style=${styleMap({ '--docs-swatch': `var(${name})` })}
  ></span>`;

/** Every table scrolls in a box of its own on a narrow screen; the box is named by the caption. */
const scrollingTable = (id: string, caption: string, content: TemplateResult) =>
  html`<div class="docs-scroll" role="region" aria-labelledby=${id} tabindex="0">
    <table class="docs-table">
      <caption id=${id}>
        ${caption}
      </caption>
      ${content}
    </table>
  </div>`;

const themeHeadings = html`${THEME_NAMES.map((theme) => html`<th scope="col">${themeLabel(theme)}</th>`)}`;

const meta: Meta = {
  title: 'Foundations/Colour',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * The semantic colours (what components and pages use), in every theme. Each swatch is the
 * custom property itself; the value beside it comes from the built package.
 */
export const SemanticColours: Story = {
  name: 'Semantic colours',
  render: () =>
    html`<div class="docs-block" lang="en" dir="ltr">
      ${scrollingTable(
        'semantic-colours-caption',
        'Semantic colours in each theme',
        html`<thead>
            <tr>
              <th scope="col">Token and use</th>
              ${themeHeadings}
            </tr>
          </thead>
          <tbody>
            ${SEMANTIC_COLOURS.map(
              (t) =>
                html`<tr>
                  <th scope="row">
                    <code>${t.cssName}</code><br /><span class="docs-muted">${t.description}</span>
                  </th>
                  ${THEME_NAMES.map((theme) => {
                    const reference = t.references[theme];
                    return html`<td>
                      <span class="docs-colour-cell"
                        >${swatch(t.cssName, theme)}<span
                          ><code class="docs-nowrap">${t.values[theme]}</code>${
                            reference
                              ? html`<br /><span class="docs-muted docs-nowrap"
                                    ><span class="docs-visually-hidden">refers to </span
                                    ><code>${shortName(reference)}</code></span
                                  >`
                              : ''
                          }</span
                        ></span
                      >
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    // tokens.css (what pages load) and the JavaScript values (written beside it) agree, in every theme.
    const swatches = [...canvasElement.querySelectorAll<HTMLElement>('.docs-swatch')];
    await expect(swatches).toHaveLength(SEMANTIC_COLOURS.length * THEME_NAMES.length);
    for (const element of swatches) {
      const info = SEMANTIC_COLOURS.find((t) => t.cssName === element.dataset.token)!;
      const theme = element.dataset.polisTheme as ThemeName;
      await expect(getComputedStyle(element).backgroundColor, `${info.cssName} in ${theme}`).toBe(
        rgb(info.values[theme]),
      );
    }
  },
};

const sample = (pair: (typeof PAIRS)[number], m: Measure) =>
  html`<span
    class="docs-sample${pair.isText ? '' : ' docs-sample--boundary'}"
    aria-hidden="true"
    data-polis-theme=${m.theme}
    style=${styleMap({ '--docs-fg': `var(${cssName(m.foreground)})`, '--docs-bg': `var(${cssName(pair.background)})` })}
    >${pair.isText ? 'Aa' : ''}</span
  >`;

const result = (m: Measure) =>
  html`<span class="docs-nowrap"><strong>${m.ratioText}</strong></span>
    <span class="docs-result"
      >${m.passes ? 'Passes' : 'Fails'}: at least
      ${m.minimum}:1${
        m.stricterBecause ? html` <span class="docs-muted">(${m.stricterBecause})</span>` : ''
      }</span
    >`;

const pairName = (pair: (typeof PAIRS)[number]) =>
  html`${pair.foreground.map((name, i) => html`${i ? html` or ` : ''}<code>${cssName(name)}</code>`)} on
    <code>${cssName(pair.background)}</code>`;

/**
 * Every colour pair the tokens package declares, measured in every theme with its WCAG
 * functions: text at 4.5:1 (1.4.3), boundaries and focus indicators at 3:1 (1.4.11), and more
 * in the high-contrast theme. A pair that fails here also fails the tokens' contrast test.
 */
export const ContrastPairs: Story = {
  name: 'Contrast pairs',
  render: () =>
    html`<div class="docs-block" lang="en" dir="ltr">
      ${scrollingTable(
        'contrast-pairs-caption',
        'Declared colour pairs, measured in each theme',
        html`<thead>
            <tr>
              <th scope="col">Colours, use and criterion</th>
              ${themeHeadings}
            </tr>
          </thead>
          <tbody>
            ${PAIRS.map(
              (pair) =>
                html`<tr>
                  <th scope="row">
                    ${pairName(pair)}<br />${pair.use}<br /><span class="docs-muted"
                      >${CRITERIA[pair.criterion] ?? pair.criterion}</span
                    >
                  </th>
                  ${THEME_NAMES.map(
                    (theme) =>
                      html`<td>${sample(pair, pair.measures[theme])}${result(pair.measures[theme])}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>`,
      )}
      ${scrollingTable(
        'contrast-exempt-caption',
        'Colours exempt from the contrast test, and why',
        html`<thead>
            <tr>
              <th scope="col">Colours</th>
              <th scope="col">Why</th>
              ${themeHeadings}
            </tr>
          </thead>
          <tbody>
            ${EXEMPT.map(
              (entry) =>
                html`<tr>
                  <th scope="row">
                    ${entry.tokens.map((name, i) => html`${i ? ' on ' : ''}<code>${cssName(name)}</code>`)}
                  </th>
                  <td>${entry.reason}</td>
                  ${THEME_NAMES.map((theme) => {
                    const m = entry.measures?.[theme];
                    return html`<td>
                      ${
                        m
                          ? html`<strong class="docs-nowrap">${m.ratioText}</strong
                              ><span class="docs-result">measured, not enforced</span>`
                          : html`<span class="docs-colour-cell"
                              >${swatch(cssName(entry.tokens[0]!), theme)}<code
                                >${token(entry.tokens[0]!).values[theme]}</code
                              ></span
                            >`
                      }
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('#contrast-pairs-caption ~ tbody tr');
    await expect(rows).toHaveLength(PAIRS.length);
    for (const row of rows) {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
      await expect(cells).toHaveLength(THEME_NAMES.length);
      for (const text of cells) await expect(text).toMatch(/\d+\.\d\d:1\s+Passes: at least/);
    }
  },
};

/**
 * The primitive palette, which semantic tokens refer to. Pages and components use the semantic
 * names, never these: a theme changes what the semantic names point at.
 */
export const Palette: Story = {
  name: 'Palette',
  render: () =>
    html`<div class="docs-block" lang="en" dir="ltr">
      ${scrollingTable(
        'palette-caption',
        'Primitive colours, with their contrast against white and black',
        html`<thead>
            <tr>
              <th scope="col">Colour</th>
              <th scope="col">Value</th>
              <th scope="col">Against white</th>
              <th scope="col">Against black</th>
            </tr>
          </thead>
          ${PALETTE.map(
            ({ colours }) =>
              html`<tbody>
                ${colours.map((t) => {
                  const ratios = againstWhiteAndBlack(t.values.light);
                  return html`<tr>
                    <th scope="row">
                      <span class="docs-colour-cell">${swatch(t.cssName)}<code>${t.cssName}</code></span>
                    </th>
                    <td><code>${t.values.light}</code></td>
                    <td>${ratios.white}</td>
                    <td>${ratios.black}</td>
                  </tr>`;
                })}
              </tbody>`,
          )}`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const swatches = [...canvasElement.querySelectorAll<HTMLElement>('.docs-swatch')];
    await expect(swatches.length).toBe(PALETTE.reduce((sum, group) => sum + group.colours.length, 0));
    const white = swatches.find((element) => element.dataset.token === '--polis-color-white')!;
    await expect(getComputedStyle(white).backgroundColor).toBe('rgb(255, 255, 255)');
  },
};
