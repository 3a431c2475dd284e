import { describe, expect, it } from 'vitest';
import { minifySource } from '../minify-templates.mjs';

const min = async (source: string) => (await minifySource(source, 'example.js'))?.code ?? source;

describe('minify-templates (the published templates)', () => {
  it('drops the whitespace nodes between block elements, keeping every expression', async () => {
    expect(
      await min('html`\n  <div class="field">\n    <label>${a}</label>\n    <p>${b}</p>\n  </div>\n`'),
    ).toBe('html`<div class="field"><label>${a}</label><p>${b}</p></div>`');
  });

  it('keeps two expressions in one class attribute (the minifier would drop a "duplicate")', async () => {
    expect(await min('html`<div class="a ${x} ${y}"></div>`')).toBe('html`<div class="a ${x} ${y}"></div>`');
  });

  it('keeps the space before an inline custom element, and a template’s own edge space', async () => {
    expect(await min('html`<h2>\n  <span>${t}</span> <polis-tag>New</polis-tag>\n</h2>`')).toBe(
      'html`<h2><span>${t}</span> <polis-tag>New</polis-tag></h2>`',
    );
    expect(await min('html` <polis-tag>${x}</polis-tag>`')).toBe('html` <polis-tag>${x}</polis-tag>`');
  });

  it('keeps the spaces between inline elements and in text', async () => {
    expect(await min('html`<span>${a}</span>\n<span>${b}</span> and  ${c}`')).toBe(
      'html`<span>${a}</span> <span>${b}</span> and ${c}`',
    );
  });

  it('leaves a template with a tag name from an expression as it is', async () => {
    const source = 'html`<${tag} class="h">\n  ${text}\n</${tag}>`';
    expect(await min(source)).toBe(source);
  });

  it('keeps Lit’s binding prefixes and empty attributes that mean something', async () => {
    expect(await min('html`<img alt="" .src=${s} ?hidden=${h} @load=${l}>`')).toBe(
      'html`<img alt="" .src=${s} ?hidden=${h} @load=${l}>`',
    );
  });

  it('collapses CSS whitespace and comments without touching declarations', async () => {
    expect(
      await min('css`\n  /* the box */\n  :host {\n    display: block;\n    margin: ${m};\n  }\n`'),
    ).toBe('css`:host{display: block;margin: ${m}}`');
  });

  it('changes nothing in a module without templates', async () => {
    expect(await minifySource('export const a = 1;', 'a.js')).toBeNull();
  });
});
