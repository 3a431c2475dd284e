// The accessibility statement reads the report that scripts/audit-a11y.mjs writes into the
// built site (storybook-static/accessibility-report.json) after the build. It is fetched when the
// page is read, relative to the page, so the statement always shows the report published with
// this copy of the site; nothing is copied into the page by hand.

/** One story in one variant, as the audit writes it (only the fields used here). */
interface AuditStory {
  id: string;
  title: string;
  name: string;
  locale: string;
  theme: string;
  passed: boolean;
  renderErrors: string[];
  violations: { id: string; impact?: string | null; help: string; nodes: unknown[] }[];
  incomplete: { id: string; count: number }[];
  passes: number;
}

export interface AuditReport {
  generatedAt: string;
  axeVersion: string | null;
  tags: string[];
  variants: string[];
  rules: { enabled: string[]; disabled: { id: string; reason: string }[] };
  storiesChecked: number;
  storiesPassed: number;
  storiesFailed: number;
  totals: { violations: number; violationNodes: number; incomplete: number; renderErrors: number };
  durationMs?: number;
  stories: AuditStory[];
  /** The docs pages, each checked whole in one variant (reports before December 2026 have none). */
  docs?: {
    variant: string;
    checked: number;
    passed: number;
    failed: number;
    violations: number;
    pages: AuditStory[];
  };
}

/** A story or docs page that failed, with what failed. */
export interface Failure {
  id: string;
  title: string;
  name: string;
  variant: string;
  problems: string[];
}

export interface AuditSummary {
  report: AuditReport;
  /** Distinct stories (each is checked once per variant). */
  stories: number;
  /** Per variant: checks, passed, failed. */
  variants: { label: string; checked: number; passed: number; failed: number }[];
  /** The checks that failed, with what failed. */
  failures: Failure[];
  /** The docs pages, when the report has them: how many were checked, and those that failed. */
  docs: { variant: string; checked: number; passed: number; failures: Failure[] } | null;
  /** Rules axe could not decide on alone, by how many checks reported them. */
  incomplete: { id: string; checks: number; nodes: number }[];
  /** Whether the report was written before this site was built (it may then be of another build). */
  olderThanBuild: boolean;
}

export type ReportResult =
  | { state: 'loaded'; summary: AuditSummary }
  | { state: 'missing'; detail: string }
  | { state: 'unreadable'; detail: string };

const isReport = (value: unknown): value is AuditReport => {
  const r = value as Partial<AuditReport> | null;
  return (
    !!r &&
    typeof r === 'object' &&
    typeof r.generatedAt === 'string' &&
    Array.isArray(r.tags) &&
    Array.isArray(r.variants) &&
    Array.isArray(r.stories) &&
    typeof r.storiesChecked === 'number' &&
    !!r.totals &&
    typeof r.totals.violations === 'number'
  );
};

/** A test runner's message can carry a dump of the page: the first 200 characters say what failed. */
const shorten = (text: string): string => {
  const line = text.split('\n')[0]!.replace(/\s+Ignored nodes:.*$/, '');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

/** Turns a report into the figures the statement shows. Pure, for tests and for reading. */
export function summarise(report: AuditReport, builtAt: string): AuditSummary {
  const variants = report.variants.map((label) => {
    const runs = report.stories.filter((s) => `${s.locale}/${s.theme}` === label);
    const passed = runs.filter((s) => s.passed).length;
    return { label, checked: runs.length, passed, failed: runs.length - passed };
  });
  const failuresOf = (runs: AuditStory[]): Failure[] =>
    runs
      .filter((s) => !s.passed)
      .map((s) => ({
        id: s.id,
        title: s.title,
        name: s.name,
        variant: `${s.locale}/${s.theme}`,
        problems: [
          ...s.renderErrors.map(shorten),
          ...s.violations.map(
            (v) => `${v.id}${v.impact ? ` (${v.impact})` : ''}: ${v.help}, ${v.nodes.length} element(s)`,
          ),
        ],
      }));
  const failures = failuresOf(report.stories);
  const docs = report.docs
    ? {
        variant: report.docs.variant,
        checked: report.docs.checked,
        passed: report.docs.passed,
        failures: failuresOf(report.docs.pages),
      }
    : null;
  const incomplete = new Map<string, { checks: number; nodes: number }>();
  for (const story of report.stories) {
    for (const item of story.incomplete) {
      const entry = incomplete.get(item.id) ?? { checks: 0, nodes: 0 };
      entry.checks += 1;
      entry.nodes += item.count;
      incomplete.set(item.id, entry);
    }
  }
  return {
    report,
    stories: new Set(report.stories.map((s) => s.id)).size,
    variants,
    failures,
    docs,
    incomplete: [...incomplete]
      .map(([id, counts]) => ({ id, ...counts }))
      .sort((a, b) => b.checks - a.checks || a.id.localeCompare(b.id)),
    olderThanBuild: Date.parse(report.generatedAt) < Date.parse(builtAt),
  };
}

/** Fetches the report published next to this page. Never throws: says what went wrong instead. */
export async function loadReport(builtAt: string, base: string = document.baseURI): Promise<ReportResult> {
  const url = new URL('accessibility-report.json', base);
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch (error) {
    return { state: 'missing', detail: `it could not be fetched (${String(error)})` };
  }
  if (!response.ok) return { state: 'missing', detail: `the site answered ${response.status} for it` };
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    // A development server may answer an unknown address with a page instead of a 404.
    return { state: 'missing', detail: 'the site answered with something that is not the report' };
  }
  if (!isReport(data))
    return { state: 'unreadable', detail: 'it does not have the fields this page expects' };
  return { state: 'loaded', summary: summarise(data, builtAt) };
}

/** "12,345" in English, as the page is. */
export const count = (n: number): string => n.toLocaleString('en-GB');

/** "Sunday 6 December 2026 at 22:04 UTC" */
export const when = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'UTC',
  }) + ' UTC';
