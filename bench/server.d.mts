export const BENCH_DIR: string;
export const DIST: string;
export const KINDS: string[];
export function buildPages(): Promise<void>;
export function serve(root?: string, port?: number): Promise<{ url: string; close(): Promise<void> }>;
