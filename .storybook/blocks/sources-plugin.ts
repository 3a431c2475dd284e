// A Vite plugin for the docs site: `virtual:polis-docs/sources` describes, at build time, where
// each documented folder's source and tests are, so every component page can link to them
// (see source-links.ts). It reads the file system, never git, so it works from a tarball too.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { DocsSources, SourceFolder } from './sources-types.js';

export const SOURCES_MODULE = 'virtual:polis-docs/sources';
const RESOLVED = `\0${SOURCES_MODULE}`;

/**
 * Suites that cover every folder of a package without naming it: a component folder without a
 * sample fails the language, direction and reflow tests. A suite listed here that does not exist
 * fails the docs build, so a renamed test never leaves a broken link on every page.
 */
const SHARED_SUITES: Record<string, { file: string; covers: string }[]> = {
  components: [
    { file: 'src/test/locales.test.ts', covers: 'every built-in language' },
    { file: 'src/test/rtl.test.ts', covers: 'right to left' },
    { file: 'src/test/reflow.test.ts', covers: '320 CSS pixels and 200% text' },
    { file: 'src/styles/forced-colors.test.ts', covers: 'forced colours' },
    { file: 'test/logical-properties.test.ts', covers: 'logical properties only' },
  ],
};
const CONFORMANCE = 'src/test/form-control-conformance.ts';

const posix = (file: string) => file.split(path.sep).join('/');

function repositoryUrl(root: string): string {
  const urls = new Set<string>();
  for (const name of readdirSync(path.join(root, 'packages'))) {
    const manifest = path.join(root, 'packages', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { repository } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      repository?: string | { url?: string };
    };
    const url = typeof repository === 'string' ? repository : repository?.url;
    if (url) urls.add(url.replace(/^git\+/, '').replace(/\.git$/, ''));
  }
  if (urls.size !== 1) {
    throw new Error(`The packages name ${urls.size} repositories (${[...urls].join(', ')}); expected one.`);
  }
  return [...urls][0]!;
}

function baseBranch(root: string): string {
  const config = path.join(root, '.changeset', 'config.json');
  if (!existsSync(config)) return 'main';
  return (JSON.parse(readFileSync(config, 'utf8')) as { baseBranch?: string }).baseBranch ?? 'main';
}

/** Every folder holding stories or guidance, under the given roots, relative to the repository. */
function documentedFolders(root: string, roots: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir);
    if (entries.some((name) => name.endsWith('.stories.ts') || name.endsWith('.mdx'))) {
      found.push(posix(path.relative(root, dir)));
    }
    for (const name of entries) {
      if (name === 'node_modules' || name === 'dist') continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
    }
  };
  for (const start of roots) if (existsSync(start)) walk(start);
  return found.sort();
}

function describeFolder(root: string, folder: string): SourceFolder {
  const dir = path.join(root, folder);
  const files = readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
  const tests = files.filter((name) => name.endsWith('.test.ts'));
  const conformance = tests.some((name) =>
    readFileSync(path.join(dir, name), 'utf8').includes('form-control-conformance'),
  );
  const match = /^packages\/([^/]+)\//.exec(folder);
  const packageName = match?.[1];
  // Node tests of the package named after the folder, such as test/consent-server.test.ts.
  const base = path.basename(folder);
  const nodeTestsDir = packageName ? path.join(root, 'packages', packageName, 'test') : undefined;
  const nodeTests =
    nodeTestsDir && existsSync(nodeTestsDir)
      ? readdirSync(nodeTestsDir)
          .filter(
            (name) =>
              name.endsWith('.test.ts') && (name.startsWith(`${base}-`) || name.startsWith(`${base}.`)),
          )
          .sort()
          .map((name) => `packages/${packageName}/test/${name}`)
      : [];
  const main = path.join(dir, `${base}.ts`);
  const status = existsSync(main)
    ? (/@status\s+([a-z-]+)/.exec(readFileSync(main, 'utf8'))?.[1] ?? null)
    : null;
  return { files, tests, nodeTests, conformance, status, packageName: packageName ?? null };
}

export function collectSources(root: string): DocsSources {
  const shared: DocsSources['shared'] = {};
  for (const [packageName, suites] of Object.entries(SHARED_SUITES)) {
    shared[packageName] = suites.map(({ file, covers }) => {
      const full = path.join(root, 'packages', packageName, file);
      if (!existsSync(full)) {
        throw new Error(`.storybook/blocks/sources-plugin.ts lists ${full}, which does not exist.`);
      }
      return { path: `packages/${packageName}/${file}`, covers };
    });
  }
  if (!existsSync(path.join(root, 'packages/components', CONFORMANCE))) {
    throw new Error(`.storybook/blocks/sources-plugin.ts: packages/components/${CONFORMANCE} is missing.`);
  }
  const folders = documentedFolders(root, [
    path.join(root, '.storybook', 'docs'),
    ...readdirSync(path.join(root, 'packages')).map((name) => path.join(root, 'packages', name, 'src')),
  ]);
  return {
    repository: repositoryUrl(root),
    branch: baseBranch(root),
    conformance: `packages/components/${CONFORMANCE}`,
    shared,
    folders: Object.fromEntries(folders.map((folder) => [folder, describeFolder(root, folder)])),
    builtAt: new Date().toISOString(),
  };
}

export function docsSourcesPlugin(root: string): Plugin {
  return {
    name: 'polis-docs-sources',
    resolveId: (id) => (id === SOURCES_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(collectSources(root))};` : undefined),
  };
}
