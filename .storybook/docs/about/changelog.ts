// The changelog page is built from the release notes themselves: the changesets waiting in
// .changeset/ (written with `pnpm changeset`) and, once versions are published, each package's
// CHANGELOG.md. They are read as text when this site is built and rendered by Storybook's own
// Markdown block with raw HTML switched off, so a note can format text but never add markup.

const changesetFiles = import.meta.glob<string>('../../../.changeset/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const changelogFiles = import.meta.glob<string>('../../../packages/*/CHANGELOG.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export type Bump = 'major' | 'minor' | 'patch';
const BUMPS: readonly string[] = ['major', 'minor', 'patch'];

export interface Changeset {
  /** The file name without `.md`, such as `summary-list-and-table`. */
  id: string;
  /** A title made from the file name: "Summary list and table". */
  title: string;
  packages: { name: string; bump: Bump }[];
  /** The release note, as Markdown. */
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const PACKAGE_LINE = /^\s*["']?(@?[^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/;

/** Reads one changeset: its front matter (package: bump) and the note after it. */
export function parseChangeset(id: string, text: string): Changeset | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  const packages = match[1]!
    .split(/\r?\n/)
    .map((line) => PACKAGE_LINE.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && BUMPS.includes(m[2]!))
    .map((m) => ({ name: m[1]!.trim(), bump: m[2] as Bump }));
  const title = id.replace(/-/g, ' ');
  return {
    id,
    title: title.charAt(0).toUpperCase() + title.slice(1),
    packages,
    body: demoteHeadings(text.slice(match[0].length).trim(), 3),
  };
}

/** Makes the biggest heading of a note `level` (the page's own headings stay above it). */
export function demoteHeadings(markdown: string, level: number): string {
  const levels = [...markdown.matchAll(/^(#{1,6})\s/gm)].map((m) => m[1]!.length);
  if (!levels.length) return markdown;
  const shift = Math.max(0, level - Math.min(...levels));
  return markdown.replace(
    /^(#{1,6})(\s)/gm,
    (_, hashes: string, space: string) => `${'#'.repeat(Math.min(6, hashes.length + shift))}${space}`,
  );
}

const nameOf = (path: string) => path.replace(/^.*\//, '').replace(/\.md$/, '');

/** Changes waiting for the next release, first release first, then by name. */
export const PENDING: Changeset[] = Object.entries(changesetFiles)
  .filter(([path]) => nameOf(path).toLowerCase() !== 'readme')
  .map(([path, text]) => parseChangeset(nameOf(path), text))
  .filter((c): c is Changeset => c !== null)
  .sort((a, b) => (a.id === 'first-release' ? -1 : b.id === 'first-release' ? 1 : a.id.localeCompare(b.id)));

/** The biggest bump waiting, per package: what the next version will be. */
export const NEXT_BUMPS = (() => {
  const best = new Map<string, Bump>();
  for (const c of PENDING) {
    for (const { name, bump } of c.packages) {
      const current = best.get(name);
      if (!current || BUMPS.indexOf(bump) < BUMPS.indexOf(current)) best.set(name, bump);
    }
  }
  return [...best].map(([name, bump]) => ({ name, bump })).sort((a, b) => a.name.localeCompare(b.name));
})();

/** Published versions, one changelog per package, each without its own title. */
export const RELEASED = Object.entries(changelogFiles)
  .map(([path, text]) => ({
    packageFolder: path.split('/').at(-2)!,
    body: demoteHeadings(text.replace(/^#\s.*\r?\n/, '').trim(), 3),
  }))
  .filter((entry) => entry.body.length > 0)
  .sort((a, b) => a.packageFolder.localeCompare(b.packageFolder));
