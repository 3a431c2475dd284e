// Open by default: every docs page made from a stories file (each component's Guidance and API
// pages, the patterns and foundations) ends with links to the folder it comes from and to the
// tests that check it. It is the docs container of the whole site (`parameters.docs.container`
// in preview.ts), so no page has to remember it; pages without a stories file are left alone.
import { DocsContainer } from '@storybook/addon-docs/blocks';
import sources from 'virtual:polis-docs/sources';
import type { SourceFolder } from './sources-types.js';
import { h, type ReactNode } from './react.js';

/** The repository's web address, from the packages' `repository` field. */
export const repositoryUrl = sources.repository;

/** Component folders whose source does not mark them stable, with their status. */
export const unfinishedComponents = (): { name: string; status: string }[] =>
  Object.entries(sources.folders)
    .filter(
      ([folder, info]) =>
        folder.startsWith('packages/components/src/components/') && info.status && info.status !== 'stable',
    )
    .map(([folder, info]) => ({ name: folder.split('/').pop()!.replaceAll('-', ' '), status: info.status! }));

/** When this site was built (ISO), to tell whether an accessibility report is of this build. */
export const builtAt = sources.builtAt;

/** The address of a file or folder of the repository on its hosting site. */
export const repositoryLink = (path: string, kind: 'blob' | 'tree' = 'blob'): string =>
  `${sources.repository}/${kind}/${sources.branch}/${path}`;

/** `./packages/x/src/y/y.stories.ts` → `packages/x/src/y`. */
export function folderOf(fileName: string): string {
  return fileName.replace(/^\.\//, '').split('/').slice(0, -1).join('/');
}

export interface SourceListItem {
  label: string;
  links: { text: string; href: string }[];
  note?: string;
}

/** What the block lists for one stories file: pure, so it is easy to test and to read. */
export function sourceItems(fileName: string): SourceListItem[] {
  const folder = folderOf(fileName);
  const info: SourceFolder | undefined = sources.folders[folder];
  if (!info) return [];
  const file = (name: string) => ({ text: name, href: repositoryLink(`${folder}/${name}`) });
  // A folder with several stories files (the docs site's own pages) lists only this page's files.
  const stem = fileName
    .split('/')
    .pop()!
    .replace(/\.stories\.ts$/, '');
  const several = info.files.filter((name) => name.endsWith('.stories.ts')).length > 1;
  const ours = (name: string) => !several || name.startsWith(`${stem}.`);
  const items: SourceListItem[] = [
    { label: 'Source', links: [{ text: `${folder}/`, href: repositoryLink(folder, 'tree') }] },
  ];
  const guidance = info.files.filter((name) => name.endsWith('.mdx') && ours(name));
  if (guidance.length) items.push({ label: 'Guidance', links: guidance.map(file) });
  const stories = info.files.filter((name) => name.endsWith('.stories.ts') && ours(name));
  if (stories.length) {
    items.push({
      label: 'Examples',
      links: stories.map(file),
      note: 'every example is also a test: its checks run, and axe looks for WCAG 2.2 AA failures',
    });
  }
  const tests = info.tests.filter(ours);
  if (tests.length) {
    items.push({
      label: 'Tests in Chromium',
      links: tests.map(file),
      note: info.conformance ? 'with the shared form-control conformance suite' : undefined,
    });
  }
  if (info.conformance) {
    items.push({
      label: 'Form-control conformance suite',
      links: [{ text: sources.conformance, href: repositoryLink(sources.conformance) }],
    });
  }
  if (info.nodeTests.length) {
    items.push({
      label: 'Tests in Node',
      links: info.nodeTests.map((path) => ({ text: path, href: repositoryLink(path) })),
    });
  }
  const shared = info.packageName ? sources.shared[info.packageName] : undefined;
  if (shared?.length && folder.startsWith(`packages/${info.packageName}/src/components/`)) {
    items.push({
      label: 'Also checked for every component',
      links: shared.map(({ path, covers }) => ({
        text: covers,
        href: repositoryLink(path),
      })),
    });
  }
  return items;
}

function SourceLinks({ fileName }: { fileName: string }): ReactNode {
  const items = sourceItems(fileName);
  if (!items.length) return null;
  const list = (item: SourceListItem, index: number) =>
    h(
      'li',
      { key: index },
      `${item.label}: `,
      ...item.links.flatMap((link, i) => [
        i ? ', ' : '',
        h('a', { key: link.href, href: link.href }, h('code', null, link.text)),
      ]),
      item.note ? ` (${item.note})` : '',
    );
  return h(
    'section',
    { className: 'polis-docs-source', 'aria-labelledby': 'polis-docs-source-heading' },
    h('h2', { id: 'polis-docs-source-heading' }, 'Source code and tests'),
    h(
      'p',
      null,
      'Polis is open source, under the MIT licence. This page is built from one folder of ',
      h('a', { href: sources.repository }, 'the repository'),
      ', where you can read the code, the tests that check it, and its history.',
    ),
    h('ul', null, ...items.map(list)),
  );
}

interface ContainerProps {
  context: {
    resolveOf(type: 'meta', validTypes: ['meta']): { preparedMeta: { parameters?: { fileName?: unknown } } };
  };
  theme?: unknown;
  children?: ReactNode;
}

/** The docs container of the site: Storybook's own, with the source links after the page. */
export function PolisDocsContainer(props: ContainerProps): ReactNode {
  let fileName: string | undefined;
  try {
    const value = props.context.resolveOf('meta', ['meta']).preparedMeta.parameters?.fileName;
    if (typeof value === 'string') fileName = value;
  } catch {
    // A page without a stories file (the introduction, guides): nothing to link.
  }
  return h(
    DocsContainer as unknown as (p: ContainerProps) => ReactNode,
    props,
    props.children,
    fileName ? h(SourceLinks, { fileName }) : null,
  );
}
