import type { LaunchOptions } from 'playwright';

/** Chromium's flags for this sandboxed, offline machine. */
export const chromiumArgs: string[];
/** $POLIS_CHROMIUM, $CHROMIUM_PATH, /usr/bin/chromium, then Playwright's own browser. */
export function chromiumPath(): string;
export function launchOptions(): LaunchOptions & { executablePath: string; args: string[] };
