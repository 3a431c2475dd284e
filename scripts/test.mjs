#!/usr/bin/env node
// `pnpm test`: every check Polis has, in the order a failure is cheapest to find, with one
// line of totals at the end. Suites that count tests (Vitest, the accessibility audit, the
// pack checks, size budgets) add their own counts; every other gate counts as one check.
// All steps run even after a failure, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const reports = 'reports';
mkdirSync(reports, { recursive: true });

/** Reads `label: N passed, M failed` from a tool's output. */
const countsFrom = (label) => (output) => {
  const match = output.match(new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'm'));
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : null;
};

const packages = ['tokens', 'components', 'patterns'];

const steps = [
  { name: 'Formatting (Prettier)', command: 'pnpm exec prettier --check .' },
  { name: 'Lint (ESLint)', command: 'pnpm exec eslint .' },
  { name: 'Build packages', command: 'pnpm run build:packages' },
  ...packages.map((name) => ({
    name: `Type-check @polis-ds/${name}`,
    command: `pnpm --filter ./packages/${name} run typecheck`,
  })),
  { name: 'Type-check Storybook, demo and scripts', command: 'pnpm exec tsc --noEmit -p tsconfig.json' },
  {
    name: 'Tests (Vitest: node, browser, stories)',
    command: `pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=${reports}/vitest.json`,
    counts: () => {
      const file = `${reports}/vitest.json`;
      if (!existsSync(file)) return null;
      const result = JSON.parse(readFileSync(file, 'utf8'));
      if (result.numTotalTests === 0) return { passed: 0, failed: 1 };
      return {
        passed: result.numPassedTests,
        failed: result.numFailedTests + (result.success ? 0 : result.numFailedTestSuites),
      };
    },
  },
  {
    name: 'Size budgets (size-limit)',
    command: 'pnpm exec size-limit --json',
    counts: (output) => {
      const start = output.indexOf('[');
      try {
        const entries = JSON.parse(output.slice(start, output.lastIndexOf(']') + 1));
        const passed = entries.filter((e) => e.passed).length;
        return { passed, failed: entries.length - passed };
      } catch {
        return null;
      }
    },
  },
  {
    name: 'Packages as published (publint, attw)',
    command: 'node scripts/check-packs.mjs',
    counts: countsFrom('packs'),
  },
  { name: 'Build docs site (Storybook)', command: 'pnpm run build:docs' },
  {
    name: 'Links between docs pages',
    command: 'node scripts/check-doc-links.mjs',
    counts: countsFrom('doc-links'),
  },
  {
    name: 'Accessibility audit of the docs site (axe)',
    command: 'node scripts/audit-a11y.mjs',
    counts: countsFrom('a11y-audit'),
  },
];

const results = [];
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}\n  $ ${step.command}`);
  const run = spawnSync(step.command, {
    shell: true,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  process.stdout.write(output.length > 20000 ? `…${output.slice(-20000)}` : output);
  const ok = run.status === 0;
  let counts = step.counts?.(output) ?? null;
  if (!counts) counts = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  // A tool that exits non-zero has failed, whatever it counted.
  if (!ok && counts.failed === 0) counts = { ...counts, failed: 1 };
  results.push({ name: step.name, ok, ...counts, seconds: (Date.now() - t0) / 1000 });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\nSummary');
for (const r of results) {
  console.log(
    `  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`,
  );
}
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
