/**
 * Development-only diagnostics.
 *
 * Warnings are on unless the page was bundled for production: bundlers replace
 * `process.env.NODE_ENV` with a string, and a plain browser page (no `process`) counts as
 * development, where a service team most needs to hear about a mistake. Each warning is
 * printed once per page so a bad attribute on 500 fields does not flood the console.
 */
declare const process: { env: { NODE_ENV?: string } };

let production = false;
try {
  production = process.env.NODE_ENV === 'production';
} catch {
  // No `process` here: an unbundled page, treated as development.
}

const warned = new Set<string>();

/** Whether development warnings are printed. Service teams may switch them off. */
export const devMode = { enabled: !production };

/**
 * Prints `message` once per `key` while development warnings are on.
 * @returns whether the warning was printed now.
 */
export function warnOnce(key: string, message: string): boolean {
  if (!devMode.enabled || warned.has(key)) return false;
  warned.add(key);
  console.warn(`[Polis] ${message}`);
  return true;
}

/** Forgets which warnings were printed (for tests). */
export function resetWarnings(): void {
  warned.clear();
}
