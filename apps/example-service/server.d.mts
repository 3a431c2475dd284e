import type { ConsentRecord } from '@polis-ds/patterns/consent';

export interface ServeOptions {
  /** The Vite build (default `dist/` beside server.mjs). */
  root?: string;
  /** 0 (default) for any free port. */
  port?: number;
  /** Milliseconds without a request before a journey's answers are deleted (default 30 minutes). */
  sessionTimeout?: number;
  /** Mark cookies `Secure` (behind https). */
  secureCookies?: boolean;
  /** The clock, for "today" in date checks. */
  now?: () => Date;
}

export interface ExampleService {
  url: string;
  /** The journeys held in memory. */
  sessions: { readonly size: number };
  /** The consent log, newest last. */
  consentLog: Array<{ received: string; record: ConsentRecord }>;
  close(): Promise<void>;
}

export function serve(options?: ServeOptions): Promise<ExampleService>;
