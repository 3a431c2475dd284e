// pnpm bench: renders the standard form block N = 1, 50 and 500 times with Polis and as plain
// HTML, in the same run, interleaved, SAMPLES samples each, in Chromium with Playwright, and
// writes bench/results/latest.json and bench/results/latest.md. See bench/README.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright';
import * as prettier from 'prettier';
import { launchOptions } from '../scripts/chromium.mjs';
import { buildPages, serve, DIST, KINDS } from './server.mjs';

const NS = (process.env.BENCH_N ?? '1,50,500').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5);
const TYPED = 'Ada Lovelace 1815 UK'; // 20 characters
const RESULTS = new URL('results/', import.meta.url);

// Registered before any page script: cumulative layout shift, and "rendered" = after load,
// every polis-* element defined and its updateComplete resolved, then one frame (the task
// after the next requestAnimationFrame, so that frame's style, layout and paint are included).
// The same code runs on both pages; on the plain page the list of polis-* elements is empty.
const INIT = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('load', async () => {
    const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('polis-'));
    await Promise.all([...new Set(els.map((el) => el.localName))].map((t) => customElements.whenDefined(t)));
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }),
    );
    window.__rendered = performance.now();
  });
};

const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }),
  );

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** Seconds of main-thread work between two CDP metric snapshots, in ms (a process swap resets them). */
const cpuMs = (before, after, key = 'TaskDuration') =>
  1000 * (after[key] >= before[key] ? after[key] - before[key] : after[key]);

/** One sample: a fresh context and page, navigation to rendered, heap, typing, CLS. */
async function sample(browser, url, kind, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  const loaded = [];
  page.on('requestfinished', (request) => {
    if (['script', 'stylesheet'].includes(request.resourceType()))
      loaded.push(new URL(request.url()).pathname);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const m0 = await metrics(cdp);
  await page.goto(`${url}/${kind}.html?n=${n}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 60_000 });
  const m1 = await metrics(cdp);
  const renderMs = await page.evaluate(() => window.__rendered);

  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize: heapBytes } = await cdp.send('Runtime.getHeapUsage');

  // Typing into the middle block's text field (the inner <input> of polis-text-input).
  const middle = Math.floor(n / 2);
  const field = page.locator(kind === 'polis' ? `#name-${middle} input` : `#name-${middle}`);
  await field.focus();
  await page.evaluate(nextFrame);
  const m2 = await metrics(cdp);
  await page.keyboard.type(TYPED);
  await page.evaluate(nextFrame);
  const m3 = await metrics(cdp);
  const typed = await page.evaluate((id) => document.getElementById(id).value, `name-${middle}`);
  if (typed !== TYPED) throw new Error(`${kind} n=${n}: typed ${JSON.stringify(typed)}`);

  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  return {
    renderMs,
    renderCpuMs: cpuMs(m0, m1),
    renderScriptMs: cpuMs(m0, m1, 'ScriptDuration'),
    heapBytes,
    cls,
    typingCpuMs: cpuMs(m2, m3),
    loaded,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), samples: xs });

/** Gzipped (zlib, level 9) and raw bytes of the JS and CSS files a page loaded. */
function bytesOf(paths) {
  const out = { js: 0, css: 0, jsRaw: 0, cssRaw: 0, files: [] };
  for (const path of [...new Set(paths)].sort()) {
    const body = readFileSync(DIST + path);
    const gz = gzipSync(body, { level: 9 }).length;
    const type = path.endsWith('.css') ? 'css' : 'js';
    out[type] += gz;
    out[`${type}Raw`] += body.length;
    out.files.push({ path, bytes: body.length, gzip: gz });
  }
  return out;
}

const started = Date.now();
console.log('Building the bench pages…');
await buildPages();
const server = await serve();
const browser = await chromium.launch(launchOptions());
const require = createRequire(import.meta.url);

const raw = {};
try {
  // One discarded warm-up pair: the first launch pays for disk caches and code caches.
  for (const kind of KINDS) await sample(browser, server.url, kind, 1);
  for (const n of NS) {
    for (let s = 0; s < SAMPLES; s++) {
      // Interleaved, alternating which page goes first (ABBA), so drift hits both alike.
      const order = s % 2 ? [...KINDS].reverse() : KINDS;
      for (const kind of order) {
        const result = await sample(browser, server.url, kind, n);
        ((raw[kind] ??= {})[n] ??= []).push(result);
        process.stdout.write(
          `${kind.padEnd(5)} n=${String(n).padEnd(3)} #${s + 1}: render ${result.renderMs.toFixed(0)} ms, ` +
            `cpu ${result.renderCpuMs.toFixed(0)} ms, heap ${(result.heapBytes / 1e6).toFixed(2)} MB, ` +
            `cls ${result.cls.toFixed(4)}, typing cpu ${result.typingCpuMs.toFixed(1)} ms\n`,
        );
      }
    }
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const METRICS = ['renderMs', 'renderCpuMs', 'renderScriptMs', 'heapBytes', 'cls', 'typingCpuMs'];
const results = {};
for (const kind of KINDS) {
  results[kind] = { bytes: bytesOf(raw[kind][NS[0]][0].loaded), byN: {} };
  for (const n of NS) {
    results[kind].byN[n] = Object.fromEntries(
      METRICS.map((metric) => [metric, summary(raw[kind][n].map((r) => r[metric]))]),
    );
  }
}

const MB = 1e6;
const targets = {
  renderMs: {
    label: '≤ 2 × plain at N=500',
    check: (n, p, q) => (n === 500 ? p.median <= 2 * q.median : null),
  },
  cls: { label: '0 (every sample)', check: (_n, p) => p.max === 0 },
  heapBytes: { label: '≤ 5 MB at N=500', check: (n, p) => (n === 500 ? p.median <= 5 * MB : null) },
  typingCpuMs: { label: '≤ 1.2 × plain', check: (_n, p, q) => p.median <= 1.2 * q.median },
};
const ROWS = [
  ['renderMs', 'Navigation → rendered (ms)', (v) => v.toFixed(0)],
  ['renderCpuMs', 'Main-thread CPU to rendered (ms)', (v) => v.toFixed(0)],
  ['renderScriptMs', '… of which script (ms)', (v) => v.toFixed(0)],
  ['heapBytes', 'JS heap after GC (MB)', (v) => (v / MB).toFixed(2)],
  ['cls', 'Cumulative layout shift', (v) => v.toFixed(4)],
  ['typingCpuMs', 'Typing 20 chars, main-thread CPU (ms)', (v) => v.toFixed(1)],
];

const machine = {
  date: new Date().toISOString(),
  nproc: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: browser.version(),
  playwright: require('playwright/package.json').version,
  loadavg: os.loadavg().map((x) => +x.toFixed(2)),
};

const range = (s, fmt) => `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]`;
const lines = [
  `| Metric | N | Polis median [min–max] | Plain median [min–max] | Ratio | Target | Pass |`,
  `| --- | --: | --: | --: | --: | --- | :-: |`,
];
const checks = [];
for (const [metric, label, fmt] of ROWS) {
  for (const n of NS) {
    const p = results.polis.byN[n][metric];
    const q = results.plain.byN[n][metric];
    const ratio = q.median > 0 ? `${(p.median / q.median).toFixed(2)}×` : '—';
    const verdict = targets[metric]?.check(n, p, q) ?? null;
    if (verdict !== null) checks.push({ metric, n, pass: verdict, target: targets[metric].label });
    const pass = verdict === null ? '' : verdict ? 'pass' : '**FAIL**';
    const target = verdict === null ? '' : targets[metric].label;
    lines.push(`| ${label} | ${n} | ${range(p, fmt)} | ${range(q, fmt)} | ${ratio} | ${target} | ${pass} |`);
  }
}
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
for (const [key, label] of [
  ['js', 'JS, gzipped'],
  ['css', 'CSS, gzipped'],
]) {
  const p = results.polis.bytes[key];
  const q = results.plain.bytes[key];
  lines.push(`| ${label} | any | ${kb(p)} | ${kb(q)} | ${q ? `${(p / q).toFixed(2)}×` : '—'} |  |  |`);
}
const seconds = (Date.now() - started) / 1000;
const table = lines.join('\n');
const md = `# Polis bench: latest run

${NS.length} sizes × ${SAMPLES} samples × 2 pages, interleaved; medians with [min–max] over the samples.
Ratio = Polis median ÷ plain median. Read the ratios, not the absolute times (see bench/README.md).

${table}

Machine: ${machine.nproc} cores, ${machine.cpu}, ${machine.memoryGB} GB, ${machine.platform};
Node ${machine.node}, Chromium ${machine.chromium}, Playwright ${machine.playwright};
load average before the report ${machine.loadavg.join(' / ')}; run took ${seconds.toFixed(0)} s; ${machine.date}.
`;

// Written as Prettier would, so the repository's `prettier --check .` stays clean.
mkdirSync(RESULTS, { recursive: true });
const write = async (name, text, parser) => {
  const file = new URL(name, RESULTS);
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, parser }));
};
const json = { machine, config: { ns: NS, samples: SAMPLES, typed: TYPED }, seconds, checks, results };
await write('latest.json', JSON.stringify(json), 'json');
await write('latest.md', md, 'markdown');
console.log(`\n${md}`);
