// What a service team gets from the package: server-safe modules, a manifest that knows
// every element, and a version that matches package.json.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const components = readdirSync(new URL('src/components/', root));

describe('@polis-ds/components as published', () => {
  it('can be imported on a server without touching the DOM', async () => {
    const all = await import('../dist/all.js');
    expect(typeof all.PolisTextInput).toBe('function');
    expect(all.VERSION).toBe(pkg.version);
  });

  it('reports the version of package.json', async () => {
    const { VERSION } = await import('../src/version.js');
    expect(VERSION).toBe(pkg.version);
  });

  it('exports every component and its define entry, and all.ts registers each one', () => {
    const all = readFileSync(new URL('src/all.ts', root), 'utf8');
    for (const name of components) {
      expect(pkg.exports[`./${name}`], name).toBeDefined();
      expect(pkg.exports[`./${name}/define`], name).toBeDefined();
      expect(all).toContain(`./components/${name}/define.js`);
    }
  });

  it('generates a manifest that documents every element and attribute from JSDoc', () => {
    const file = new URL('custom-elements.json', root);
    expect(existsSync(file)).toBe(true);
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const elements = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .filter((d: { tagName?: string }) => d.tagName);
    const tags = elements.map((d: { tagName: string }) => d.tagName).sort();
    // Every element a define entry registers: one per folder, and the parts of a family
    // that live with it (polis-task and polis-task-group in task-list/).
    const registered = components.flatMap((name) => {
      const define = readFileSync(new URL(`src/components/${name}/define.ts`, root), 'utf8');
      return [...define.matchAll(/^\s+'(polis-[a-z-]+)': /gm)].map((match) => match[1]);
    });
    expect(registered).toEqual(expect.arrayContaining(components.map((name) => `polis-${name}`)));
    expect(tags).toEqual([...new Set(registered)].sort());
    for (const element of elements) {
      expect(element.summary, element.tagName).toBeTruthy();
      for (const attribute of element.attributes ?? []) {
        expect(attribute.description, `${element.tagName} [${attribute.name}]`).toBeTruthy();
      }
    }
  });
});
