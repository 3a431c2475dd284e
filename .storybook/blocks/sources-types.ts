/** What `virtual:polis-docs/sources` exports (built by sources-plugin.ts). */
export interface SourceFolder {
  /** File names in the folder, sorted. */
  files: string[];
  /** The folder's own tests (`*.test.ts`), which run in Chromium. */
  tests: string[];
  /** Node tests of the package named after the folder (`test/<folder>-*.test.ts`). */
  nodeTests: string[];
  /** Whether a test of the folder runs the shared form-control conformance suite. */
  conformance: boolean;
  /** The `@status` in the JSDoc of the folder's main module (`<folder>/<folder>.ts`), if any. */
  status: string | null;
  /** `components`, `patterns`, `tokens`, or null outside `packages/`. */
  packageName: string | null;
}

export interface DocsSources {
  /** The repository's web address, from the packages' `repository` field. */
  repository: string;
  /** The branch links point at (`baseBranch` in `.changeset/config.json`). */
  branch: string;
  /** Path of the form-control conformance suite. */
  conformance: string;
  /** Suites that cover every folder of a package, by package folder name. */
  shared: Record<string, { path: string; covers: string }[]>;
  /** Every folder with stories or guidance, by path from the repository root. */
  folders: Record<string, SourceFolder>;
  /** When this site was built (ISO). */
  builtAt: string;
}
