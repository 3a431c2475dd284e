import { describe, expect, it } from 'vitest';
import { summarise, type AuditReport } from './audit-report.js';

const run = (id: string, variant: string, problems: Partial<AuditReport['stories'][number]> = {}) => {
  const [locale = 'en', theme = 'light'] = variant.split('/');
  return {
    id,
    title: id,
    name: 'Default',
    locale,
    theme,
    passed: !problems.violations?.length && !problems.renderErrors?.length,
    renderErrors: [],
    violations: [],
    incomplete: [],
    passes: 40,
    ...problems,
  };
};

const contrast = {
  id: 'color-contrast',
  impact: 'serious',
  help: 'Elements must meet minimum color contrast ratio thresholds',
  nodes: [{}, {}],
};

const report = (extra: Partial<AuditReport> = {}): AuditReport => ({
  generatedAt: '2026-12-07T02:00:00.000Z',
  axeVersion: '4.11.0',
  tags: ['wcag2a'],
  variants: ['en/light', 'fr/light'],
  rules: { enabled: [], disabled: [] },
  storiesChecked: 4,
  storiesPassed: 3,
  storiesFailed: 1,
  totals: { violations: 1, violationNodes: 2, incomplete: 1, renderErrors: 0 },
  stories: [
    run('a', 'en/light'),
    run('a', 'fr/light', { violations: [contrast] }),
    run('b', 'en/light', { incomplete: [{ id: 'color-contrast', count: 3 }] }),
    run('b', 'fr/light'),
  ],
  ...extra,
});

describe('summarise (the accessibility statement’s figures)', () => {
  it('counts distinct stories and each variant', () => {
    const summary = summarise(report(), '2026-12-07T01:00:00.000Z');
    expect(summary.stories).toBe(2);
    expect(summary.variants).toEqual([
      { label: 'en/light', checked: 2, passed: 2, failed: 0 },
      { label: 'fr/light', checked: 2, passed: 1, failed: 1 },
    ]);
    expect(summary.failures).toEqual([
      {
        id: 'a',
        title: 'a',
        name: 'Default',
        variant: 'fr/light',
        problems: [
          'color-contrast (serious): Elements must meet minimum color contrast ratio thresholds, 2 element(s)',
        ],
      },
    ]);
    expect(summary.incomplete).toEqual([{ id: 'color-contrast', checks: 1, nodes: 3 }]);
    expect(summary.olderThanBuild).toBe(false);
  });

  it('says when the report is older than the site', () => {
    expect(summarise(report(), '2026-12-07T03:00:00.000Z').olderThanBuild).toBe(true);
  });

  it('has no docs figures for a report written before docs pages were checked', () => {
    expect(summarise(report(), '2026-12-07T01:00:00.000Z').docs).toBeNull();
  });

  it('lists the docs pages that failed, apart from the stories', () => {
    const pages = [
      run('components-footer--guidance', 'en/light'),
      run('components-tabs--guidance', 'en/light', {
        renderErrors: ['Storybook error display: x is not defined'],
      }),
    ];
    const summary = summarise(
      report({ docs: { variant: 'en/light', checked: 2, passed: 1, failed: 1, violations: 0, pages } }),
      '2026-12-07T01:00:00.000Z',
    );
    expect(summary.docs).toMatchObject({ variant: 'en/light', checked: 2, passed: 1 });
    expect(summary.docs!.failures.map((f: { id: string; problems: string[] }) => [f.id, f.problems])).toEqual(
      [['components-tabs--guidance', ['Storybook error display: x is not defined']]],
    );
    expect(summary.failures.map((f: { id: string }) => f.id)).toEqual(['a']);
  });
});
