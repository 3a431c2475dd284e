// Where Chromium is, for every tool that launches it: $POLIS_CHROMIUM or $CHROMIUM_PATH,
// then Debian's /usr/bin/chromium, then Playwright's own download (if someone installed it).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath() {
  const candidates = [process.env.POLIS_CHROMIUM, process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(
    'No Chromium found. Install it (Debian: apt-get install -y chromium) or set POLIS_CHROMIUM to its path.',
  );
}

export const launchOptions = () => ({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
