#!/usr/bin/env node
// Accessibility audit of the BUILT docs site: every story in storybook-static/ is opened in
// Chromium and checked with axe-core, in each variant below; then every docs page (the MDX
// guidance and the generated API pages, with the stories they embed) is opened and checked whole,
// in the first variant. Writes storybook-static/accessibility-report.json.
//
//   node scripts/audit-a11y.mjs [path/to/storybook-static]
//
// A story or page fails when axe reports a violation, when Storybook shows its error display or a
// render/play exception, or when it does not settle within STORY_TIMEOUT_MS. Incomplete results
// ("needs review") are reported, never failed on. Exit 1 on any failure or when no story ran.
import { readFile, writeFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium } from 'playwright';
import { AxeBuilder } from '@axe-core/playwright';
import { launchOptions } from './chromium.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'storybook-static'));
const reportPath = path.join(staticDir, 'accessibility-report.json');

const STORY_TIMEOUT_MS = Number(process.env.A11Y_STORY_TIMEOUT_MS ?? 20_000);
const CONCURRENCY = Math.min(2, Math.max(1, Number(process.env.A11Y_CONCURRENCY ?? 2)));
// Every story is checked in each of these variants, `language:theme` (the docs toolbar's
// `locale` and `theme` globals): English and French in the light theme, English in the dark
// and high-contrast themes, and Arabic, which also reads right to left.
const VARIANTS = (process.env.A11Y_VARIANTS ?? 'en:light,fr:light,en:dark,en:high-contrast,ar:light')
  .split(',')
  .map((v) => v.trim())
  .filter(Boolean)
  .map((v) => {
    const [locale = 'en', theme = 'light'] = v.split(':');
    return { locale, theme, label: `${locale}/${theme}` };
  });
const LOCALES = [...new Set(VARIANTS.map((v) => v.locale))];
const THEMES = [...new Set(VARIANTS.map((v) => v.theme))];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
// Rules switched on beyond the tag selection (target-size, WCAG 2.2 SC 2.5.8, is off by default).
const RULES_ENABLED = { 'target-size': { enabled: true } };
// Rules switched off, as { 'rule-id': 'written reason' }. Keep empty unless truly necessary:
// every entry is copied, with its reason, into the report.
const RULES_DISABLED = {};
const axeRules = {
  ...RULES_ENABLED,
  ...Object.fromEntries(Object.keys(RULES_DISABLED).map((id) => [id, { enabled: false }])),
};

// Storybook channel events that mean the story did not render or its play function failed.
const ERROR_EVENTS = [
  'storyErrored',
  'storyThrewException',
  'storyMissing',
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
];

/** Runs in the page before Storybook: records channel events as Storybook emits them. */
function recordStorybookEvents(errorEvents) {
  const record = (window.__polisAudit = { events: [], finished: null });
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      if (!value || typeof value.on !== 'function') return;
      const describe = (arg) =>
        arg && typeof arg === 'object'
          ? String(arg.message ?? arg.description ?? JSON.stringify(arg)).slice(0, 500)
          : String(arg);
      for (const name of errorEvents) {
        value.on(name, (...args) => record.events.push({ name, detail: args.map(describe).join(' ') }));
      }
      value.on('docsRendered', (id) => {
        record.docsRendered = String(id);
      });
      value.on('storyFinished', (payload) => {
        record.finished = { storyId: payload?.storyId, status: payload?.status };
      });
    },
  });
}

/** Waits (in the page) until Storybook is done with the story: finished, errored or error shown. */
function storySettled(storyId) {
  if (document.body.classList.contains('sb-show-errordisplay')) return 'errordisplay';
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  if (!render || render.id !== storyId) return false;
  return ['finished', 'aborted'].includes(render.phase) ? render.phase : false;
}

/**
 * Waits (in the page) for every polis-* element, also inside shadow roots, to be defined and its
 * Lit update to settle. Storybook has finished the story by now, so every module has run: a tag
 * still undefined after a short grace period is reported (e.g. a `define` import dropped by a bundler).
 */
async function polisElementsSettled({ graceMs, rootSelector }) {
  const root = document.querySelector(rootSelector);
  if (!root) return { tags: [], undefinedTags: [], children: 0 };
  const collect = () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('polis-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return found;
  };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const tags = [...new Set(collect().map((el) => el.localName))];
  await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), sleep(graceMs)]);
  // Updates can render further polis-* children, or trigger another update (updateComplete → false).
  for (let round = 0; round < 5; round += 1) {
    const done = await Promise.all(collect().map((el) => el.updateComplete ?? true));
    if (done.every((value) => value !== false)) break;
  }
  const allTags = [...new Set(collect().map((el) => el.localName))];
  return {
    tags: allTags,
    undefinedTags: allTags.filter((tag) => !customElements.get(tag)),
    children: root.childElementCount,
  };
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A page in its own context (so a stuck or crashed one can be thrown away whole). */
async function openPage(browser) {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  await context.addInitScript(recordStorybookEvents, ERROR_EVENTS);
  const page = await context.newPage();
  page.on('pageerror', (error) => page.__errors?.push(String(error?.message ?? error).split('\n')[0]));
  return page;
}

/** What a story or page that settled can still get wrong: nothing rendered, an element never defined. */
function elementProblems(sb, state, rootSelector) {
  const problems = [];
  if (!sb.errorDisplay && state.children === 0) problems.push(`${rootSelector} rendered nothing`);
  if (state.undefinedTags.length) {
    problems.push(`custom elements never defined: ${state.undefinedTags.map((t) => `<${t}>`).join(', ')}`);
  }
  return problems;
}

/** axe over `include` (less `exclude`), with the audit's tags and rules. */
function runAxe(page, include, exclude) {
  const builder = new AxeBuilder({ page }).include(include);
  if (exclude) builder.exclude(exclude);
  // options() replaces all options in AxeBuilder, so it must come before withTags().
  return builder.options({ rules: axeRules }).withTags(TAGS).analyze();
}

async function auditStory(page, baseUrl, entry, { locale, theme }, progress) {
  page.__errors = [];
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=locale:${locale};theme:${theme}`;
  progress.step = 'loading iframe.html';
  await page.goto(url, { waitUntil: 'load' });
  progress.step = 'waiting for Storybook to finish the story';
  await page.waitForFunction(storySettled, entry.id, { polling: 50 });
  progress.step = 'waiting for polis-* elements to be defined and updated';
  const state = await page.evaluate(polisElementsSettled, {
    graceMs: 2_000,
    rootSelector: '#storybook-root',
  });
  const sb = await page.evaluate(() => ({
    errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
    errorMessage: document.querySelector('#error-message')?.textContent?.trim() ?? '',
    phase: window.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? null,
    events: window.__polisAudit?.events ?? [],
    finished: window.__polisAudit?.finished ?? null,
  }));

  const renderErrors = [];
  if (sb.errorDisplay) renderErrors.push(`Storybook error display: ${sb.errorMessage || '(no message)'}`);
  const playNotes = [];
  for (const event of sb.events) {
    // Play functions assert the English text of their story, and run as tests in English
    // (Vitest's storybook project). In another language a failed text assertion is noted
    // in the report, not counted: here the audit is about what axe and rendering find.
    if (
      locale !== VARIANTS[0].locale &&
      /^(playFunctionThrewException|unhandledErrorsWhilePlaying)$/.test(event.name)
    ) {
      playNotes.push(`${event.name}: ${event.detail}`);
    } else {
      renderErrors.push(`${event.name}: ${event.detail}`);
    }
  }
  if (sb.phase === 'aborted') renderErrors.push('render aborted');
  renderErrors.push(...elementProblems(sb, state, '#storybook-root'));

  progress.step = 'running axe';
  const results = await runAxe(page, '#storybook-root');

  return {
    renderErrors,
    playNotes,
    pageErrors: page.__errors.slice(),
    storyFinishedStatus: sb.finished?.status ?? null,
    results,
  };
}

/**
 * A docs page, checked whole: the guidance as a designer reads it, with every story it embeds.
 * Storybook says `docsRendered` when the page's blocks are on screen; then its polis-* elements
 * settle as in a story. Embedded stories do not run their play functions in docs.
 */
async function auditDocs(page, baseUrl, entry, { locale, theme }, progress) {
  page.__errors = [];
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=locale:${locale};theme:${theme}`;
  progress.step = 'loading iframe.html';
  await page.goto(url, { waitUntil: 'load' });
  progress.step = 'waiting for Storybook to render the docs page';
  await page.waitForFunction(
    (id) =>
      window.__polisAudit?.docsRendered === id || document.body.classList.contains('sb-show-errordisplay'),
    entry.id,
    { polling: 50 },
  );
  progress.step = 'waiting for polis-* elements to be defined and updated';
  const state = await page.evaluate(polisElementsSettled, {
    graceMs: 2_000,
    rootSelector: '#storybook-docs',
  });
  // Blocks that fetch (the accessibility statement reads the report) or lay out late get a frame.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const sb = await page.evaluate(() => ({
    errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
    errorMessage: document.querySelector('#error-message')?.textContent?.trim() ?? '',
    events: window.__polisAudit?.events ?? [],
  }));
  const renderErrors = [];
  if (sb.errorDisplay) renderErrors.push(`Storybook error display: ${sb.errorMessage || '(no message)'}`);
  for (const event of sb.events) {
    if (!/^(playFunctionThrewException|unhandledErrorsWhilePlaying)$/.test(event.name)) {
      renderErrors.push(`${event.name}: ${event.detail}`);
    }
  }
  renderErrors.push(...elementProblems(sb, state, '#storybook-docs'));
  progress.step = 'running axe';
  // Framed stories (those that show page structure) are documents of their own: each is the
  // story's own iframe.html page, checked above in every variant, so the page is checked here
  // without them.
  const results = await runAxe(page, '#storybook-docs', 'iframe[id^="iframe--"]');
  return {
    renderErrors,
    playNotes: [],
    pageErrors: page.__errors.slice(),
    storyFinishedStatus: null,
    results,
  };
}

async function main() {
  const started = Date.now();
  const indexPath = path.join(staticDir, 'index.json');
  if (!(await stat(indexPath).catch(() => null))) {
    throw new Error(`No ${indexPath}: build Storybook first (pnpm run build:docs).`);
  }
  const index = JSON.parse(await readFile(indexPath, 'utf8'));
  // A11Y_ONLY=<regular expression> checks only the entries whose id matches (for working on a few).
  const only = process.env.A11Y_ONLY ? new RegExp(process.env.A11Y_ONLY) : null;
  const entries = Object.values(index.entries ?? index.stories ?? {}).filter((e) => !only || only.test(e.id));
  // A11Y_SKIP_STORIES=1 or A11Y_SKIP_DOCS=1 leave out one half (for working on the other).
  const stories = process.env.A11Y_SKIP_STORIES ? [] : entries.filter((e) => e.type === 'story');
  const docsPages = process.env.A11Y_SKIP_DOCS ? [] : entries.filter((e) => e.type === 'docs');

  const serve = sirv(staticDir, { dev: true, etag: false });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  let browser;
  const results = [];
  const docsResults = [];
  let axeVersion = null;
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const baseUrl = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch(launchOptions());

    const queue = [
      ...stories.flatMap((entry, i) =>
        VARIANTS.map((variant, j) => ({
          kind: 'story',
          entry,
          variant,
          order: i * VARIANTS.length + j,
        })),
      ),
      ...docsPages.map((entry, order) => ({ kind: 'docs', entry, variant: VARIANTS[0], order })),
    ];
    const worker = async () => {
      let page = await openPage(browser);
      for (let item = queue.shift(); item; item = queue.shift()) {
        const { kind, entry, variant, order } = item;
        const record = {
          id: entry.id,
          locale: variant.locale,
          theme: variant.theme,
          title: entry.title,
          name: entry.name,
          passed: false,
          renderErrors: [],
          pageErrors: [],
          violations: [],
          incomplete: [],
          passes: 0,
        };
        try {
          const progress = { step: 'starting' };
          const out = await withTimeout(
            (kind === 'docs' ? auditDocs : auditStory)(page, baseUrl, entry, variant, progress),
            STORY_TIMEOUT_MS,
            () => `timed out after ${STORY_TIMEOUT_MS} ms while ${progress.step}`,
          );
          axeVersion ??= out.results.testEngine?.version ?? null;
          record.renderErrors = out.renderErrors;
          record.playNotes = out.playNotes;
          record.pageErrors = out.pageErrors;
          record.storyFinishedStatus = out.storyFinishedStatus;
          record.violations = out.results.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
          }));
          record.incomplete = out.results.incomplete.map((v) => ({ id: v.id, count: v.nodes.length }));
          record.passes = out.results.passes.length;
        } catch (error) {
          record.renderErrors.push(String(error?.message ?? error).split('\n')[0]);
          if (process.env.A11Y_DEBUG) console.error(error);
          // The page may be stuck (timeout, crash): start the next story on a fresh one.
          await page
            .context()
            .close()
            .catch(() => {});
          page = await openPage(browser);
        }
        record.passed = record.violations.length === 0 && record.renderErrors.length === 0;
        (kind === 'docs' ? docsResults : results)[order] = record;
      }
      await page
        .context()
        .close()
        .catch(() => {});
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, Math.max(1, queue.length)) }, worker));
  } finally {
    await browser?.close().catch(() => {});
    await new Promise((resolve) => server.close(() => resolve()));
  }

  const failed = results.filter((r) => !r.passed);
  const failedDocs = docsResults.filter((r) => !r.passed);
  const report = {
    generatedAt: new Date().toISOString(),
    axeVersion,
    tags: TAGS,
    locales: LOCALES,
    themes: THEMES,
    variants: VARIANTS.map((v) => v.label),
    rules: {
      enabled: Object.keys(RULES_ENABLED),
      disabled: Object.entries(RULES_DISABLED).map(([id, reason]) => ({ id, reason })),
    },
    storiesChecked: results.length,
    storiesPassed: results.length - failed.length,
    storiesFailed: failed.length,
    totals: {
      violations: results.reduce((sum, r) => sum + r.violations.length, 0),
      violationNodes: results.reduce(
        (sum, r) => sum + r.violations.reduce((s, v) => s + v.nodes.length, 0),
        0,
      ),
      incomplete: results.reduce((sum, r) => sum + r.incomplete.length, 0),
      renderErrors: results.filter((r) => r.renderErrors.length > 0).length,
    },
    durationMs: Date.now() - started,
    stories: results,
    // Docs pages, each checked once, in the first variant.
    docs: {
      variant: VARIANTS[0].label,
      checked: docsResults.length,
      passed: docsResults.length - failedDocs.length,
      failed: failedDocs.length,
      violations: docsResults.reduce((sum, r) => sum + r.violations.length, 0),
      pages: docsResults,
    },
  };
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  for (const r of [...failed, ...failedDocs]) {
    const parts = [
      ...r.renderErrors.map((e) => `render error: ${e}`),
      ...r.violations.map(
        (v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.flat().join(' >>> ')).join(', ')}`,
      ),
    ];
    console.log(`FAIL ${r.id} [${r.locale}/${r.theme}]: ${parts.join('; ')}`);
  }
  const review = results.filter((r) => r.incomplete.length > 0).length;
  if (review)
    console.log(
      `${review} stories have incomplete results needing human review (see ${path.relative(process.cwd(), reportPath)})`,
    );
  console.log(
    `a11y-audit: stories ${report.storiesPassed} passed, ${report.storiesFailed} failed; docs pages ${report.docs.passed} passed, ${report.docs.failed} failed`,
  );
  console.log(
    `a11y-audit: ${report.storiesPassed + report.docs.passed} passed, ${report.storiesFailed + report.docs.failed} failed`,
  );
  const none = results.length + docsResults.length === 0;
  if (none) console.error('a11y-audit: no stories or docs pages found in index.json');
  return none || failed.length > 0 || failedDocs.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    console.log('a11y-audit: 0 passed, 0 failed');
    process.exitCode = 1;
  },
);
