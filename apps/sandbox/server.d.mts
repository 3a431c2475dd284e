export const CSP: string;
export function serve(root?: string, port?: number): Promise<{ url: string; close(): Promise<void> }>;
