#!/usr/bin/env node
// `pnpm new <name> [--form-control]`: creates packages/components/src/components/<name>/
// with every file the definition of done asks for, wires the package exports and the
// `all` entry, so every component starts with the same shape. Fill in each TODO before review.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [name, ...flags] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('Usage: pnpm new <kebab-case-name> [--form-control]   e.g. pnpm new character-count');
  process.exit(1);
}
const formControl = flags.includes('--form-control');
const pkgDir = new URL('../packages/components/', import.meta.url);
const dir = new URL(`src/components/${name}/`, pkgDir);
if (existsSync(dir)) {
  console.error(`packages/components/src/components/${name} already exists.`);
  process.exit(1);
}
const tag = `polis-${name}`;
const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const cls = `Polis${pascal}`;
const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
const title = pascal.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
const human = title.charAt(0) + title.slice(1).toLowerCase();

const files = {
  [`${name}.ts`]: `import { html } from 'lit';
import { ${formControl ? 'PolisFormControl' : 'PolisElement'} } from '../../base/${formControl ? 'polis-form-control' : 'polis-element'}.js';
import { baseStyles${formControl ? ', fieldStyles' : ''} } from '../../styles/shared.styles.js';
import { ${camel}Styles } from './${name}.styles.js';

/**
 * TODO: one sentence on what it is.
 *
 * @summary TODO: what it helps people do.
 * @status draft
 * @since TODO
 *
 * @csspart base - The outer wrapper.
 */
export class ${cls} extends ${formControl ? 'PolisFormControl' : 'PolisElement'} {
  static override tagName = '${tag}';

  static override styles = [baseStyles, ${formControl ? 'fieldStyles, ' : ''}${camel}Styles];
${
  formControl
    ? `
  protected override get validationAnchor(): HTMLElement | null {
    return this.renderRoot?.querySelector?.('#control') ?? null;
  }
`
    : ''
}
  protected override render() {
    return ${formControl ? `this.renderField(html\`<input id="control" part="control" .value=\${this.value} aria-describedby=\${this.describedBy} @input=\${(e: Event) => (this.value = (e.target as HTMLInputElement).value)} />\`)` : 'html`<div part="base"><slot></slot></div>`'};
  }
}
`,
  [`${name}.styles.ts`]: `import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const ${camel}Styles = css\`
  :host {
    display: block;
    margin-block-end: \${t.space6};
  }
\`;
`,
  'define.ts': `import { ${cls} } from './${name}.js';

${cls}.define();

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${cls};
  }
}

export { ${cls} };
`,
  [`${name}.test.ts`]: `import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import './define.js';
import { fixture, part } from '../../test/fixture.js';
${formControl ? `import { runFormControlConformance } from '../../test/form-control-conformance.js';\n` : ''}
${
  formControl
    ? `runFormControlConformance({
  tag: '${tag}',
  sample: 'TODO',
  fill: async (control, value) => {
    control.value = value;
    await control.updateComplete;
  },
});
`
    : ''
}
describe('${tag}', () => {
  it('renders', async () => {
    const el = await fixture(html\`<${tag}></${tag}>\`);
    expect(${formControl ? "part(el, 'control')" : "part(el, 'base')"}).not.toBeNull();
  });
});
`,
  [`${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Components/${human}',
  component: '${tag}',
  render: () => html\`<${tag}${formControl ? ' label="TODO"' : ''}></${tag}>\`,
};
export default meta;

export const Default: StoryObj = {};
`,
  [`${name}.mdx`]: `import { Meta, Canvas, ArgTypes } from '@storybook/addon-docs/blocks';
import * as Stories from './${name}.stories';

<Meta of={Stories} name="Guidance" />

# ${human}

TODO: lead paragraph.

<Canvas of={Stories.Default} />

## When to use

## When not to use

## How it works

## Accessibility

## Research and known gaps

## API

<ArgTypes of={Stories} />
`,
};

mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(new URL(file, dir), text);

const pkgFile = new URL('package.json', pkgDir);
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
const entries = Object.entries(pkg.exports);
const at = entries.findIndex(([key]) => key === './custom-elements.json');
entries.splice(
  at,
  0,
  [
    `./${name}`,
    { types: `./dist/components/${name}/${name}.d.ts`, default: `./dist/components/${name}/${name}.js` },
  ],
  [
    `./${name}/define`,
    { types: `./dist/components/${name}/define.d.ts`, default: `./dist/components/${name}/define.js` },
  ],
);
pkg.exports = Object.fromEntries(entries);
writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);

const allFile = new URL('src/all.ts', pkgDir);
const all = readFileSync(allFile, 'utf8').replace(
  "\nexport * from './index.js';",
  `import './components/${name}/define.js';\n\nexport * from './index.js';`,
);
writeFileSync(allFile, all);

console.log(`Created packages/components/src/components/${name}/ (${Object.keys(files).join(', ')}).
Added ./${name} and ./${name}/define to the package exports and to src/all.ts.
Next: export ${cls} from src/index.ts, add a size-limit entry, write the TODOs, run pnpm changeset.`);
