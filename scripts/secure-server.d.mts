import type { IncomingMessage, ServerResponse } from 'node:http';

export const CSP: string;
export function serveSecurely(options: {
  root: string;
  port?: number;
  handle?(req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean>;
}): Promise<{ url: string; close(): Promise<void> }>;
