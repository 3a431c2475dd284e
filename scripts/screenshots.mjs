#!/usr/bin/env node
// Screenshots for the docs page "Right to left and forced colours": a few stories of the BUILT
// docs site, each in Arabic right to left and in forced colours (English), saved as PNG into
// .storybook/docs/screenshots/<story>-rtl.png and <story>-forced-colors.png. The PNGs are
// committed; run this again after a change that alters how those stories look.
//
//   pnpm build:docs && pnpm screenshots          (or: node scripts/screenshots.mjs [storybook-static])
//
// It builds nothing itself. It serves storybook-static/ on 127.0.0.1, opens each story's
// iframe.html in Chromium at 1x, waits until Storybook has finished the story (play function
// included) and every polis-* element has updated, and clips the picture to #storybook-root.
// A story that fails to render, a missing story or a picture over MAX_BYTES fails the run.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium } from 'playwright';
import { launchOptions } from './chromium.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'storybook-static'));
const outDir = path.join(repoRoot, '.storybook', 'docs', 'screenshots');

/** The stories pictured: the parts of a question page. The file name is the key. */
const STORIES = {
  'text-input-error': 'components-text-input--with-error',
  'radios-error': 'components-radios--with-error',
  'date-input-error': 'components-date-input--error-missing-part',
  'error-summary': 'components-error-summary--server-rendered',
  'notification-banner': 'components-notification-banner--important',
  checkboxes: 'components-checkboxes--exclusive',
  'file-upload': 'components-file-upload--with-files-chosen',
  'start-button': 'components-button--start-button',
};

/** How each picture is taken: the toolbar's globals and the emulated media. */
const MODES = {
  rtl: { globals: 'locale:ar;dir:rtl', media: {} },
  // Forced colours as Windows shows them with a dark contrast theme.
  'forced-colors': { globals: 'locale:en;dir:ltr', media: { forcedColors: 'active', colorScheme: 'dark' } },
};

// Wider than 40rem, where buttons stop being full width.
const VIEWPORT = { width: 720, height: 800 };
const MAX_BYTES = 60_000;
const MARGIN = 12;
const STORY_TIMEOUT_MS = Number(process.env.SCREENSHOT_STORY_TIMEOUT_MS ?? 20_000);

/** (In the page) Storybook is done with the story: finished, aborted or showing its error display. */
function storySettled(storyId) {
  if (document.body.classList.contains('sb-show-errordisplay')) return 'errordisplay';
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  if (!render || render.id !== storyId) return false;
  return ['finished', 'aborted', 'errored'].includes(render.phase) ? render.phase : false;
}

/** (In the page) Waits until every polis-* element, also in shadow roots, has finished updating. */
async function polisElementsSettled() {
  const root = document.querySelector('#storybook-root');
  const collect = () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('polis-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root) walk(root);
    return found;
  };
  for (let round = 0; round < 5; round += 1) {
    const done = await Promise.all(collect().map((el) => el.updateComplete ?? true));
    if (done.every((value) => value !== false)) break;
  }
  await document.fonts.ready;
  // Two frames, so layout and paint have caught up with the last update.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return {
    errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
    errorMessage: document.querySelector('#error-message')?.textContent?.trim() ?? '',
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    children: root?.childElementCount ?? 0,
  };
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function capture(browser, baseUrl, name, storyId, modeName) {
  const mode = MODES[modeName];
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.emulateMedia(mode.media);
    const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=${mode.globals}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(storySettled, storyId, { polling: 50 });
    const state = await page.evaluate(polisElementsSettled);
    if (state.errorDisplay)
      throw new Error(`Storybook shows an error: ${state.errorMessage || '(no message)'}`);
    if (state.children === 0) throw new Error('#storybook-root rendered nothing');
    if (modeName === 'rtl' && state.dir !== 'rtl')
      throw new Error(`the page is not right to left (dir="${state.dir}")`);
    // Focus left by a play function shows as a focus ring, which is fine; a blinking caret is not.
    const file = path.join(outDir, `${name}-${modeName}.png`);
    const box = await page.locator('#storybook-root').boundingBox();
    if (!box) throw new Error('#storybook-root has no box');
    // A margin round the story, so focus rings and borders at its edges are not cut off.
    const x = Math.max(0, Math.floor(box.x - MARGIN));
    const y = Math.max(0, Math.floor(box.y - MARGIN));
    const clip = {
      x,
      y,
      width: Math.min(VIEWPORT.width - x, Math.ceil(box.width + 2 * MARGIN)),
      height: Math.ceil(box.height + 2 * MARGIN),
    };
    await page.screenshot({ path: file, clip, fullPage: true, animations: 'disabled', caret: 'hide' });
    const { size } = await stat(file);
    return { file, size };
  } finally {
    await context.close().catch(() => {});
  }
}

async function main() {
  const indexPath = path.join(staticDir, 'index.json');
  if (!(await stat(indexPath).catch(() => null))) {
    throw new Error(`No ${indexPath}: build the docs first (pnpm build:docs).`);
  }
  const index = JSON.parse(await readFile(indexPath, 'utf8'));
  const entries = index.entries ?? index.stories ?? {};
  const missing = Object.values(STORIES).filter((id) => entries[id]?.type !== 'story');
  if (missing.length) throw new Error(`Stories not in the built site: ${missing.join(', ')}`);
  await mkdir(outDir, { recursive: true });

  const serve = sirv(staticDir, { dev: true, etag: false });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(launchOptions());
  const failures = [];
  const written = [];
  try {
    for (const [name, storyId] of Object.entries(STORIES)) {
      for (const modeName of Object.keys(MODES)) {
        const label = `${name}-${modeName}`;
        try {
          const shot = await withTimeout(
            capture(browser, baseUrl, name, storyId, modeName),
            STORY_TIMEOUT_MS,
            `timed out after ${STORY_TIMEOUT_MS} ms`,
          );
          written.push(shot);
          const kb = (shot.size / 1000).toFixed(1);
          if (shot.size > MAX_BYTES) {
            failures.push(`${label}: ${kb} kB, over the ${MAX_BYTES / 1000} kB budget`);
          }
          console.log(`${label}.png  ${kb} kB`);
        } catch (error) {
          failures.push(`${label} (${storyId}): ${String(error?.message ?? error).split('\n')[0]}`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await new Promise((resolve) => server.close(() => resolve()));
  }
  for (const failure of failures) console.error(`FAIL ${failure}`);
  console.log(
    `screenshots: ${written.length} written to ${path.relative(repoRoot, outDir)}, ${failures.length} failed`,
  );
  return failures.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
