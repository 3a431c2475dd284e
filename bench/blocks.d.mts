/** The labels every block uses, the same for Polis and plain HTML. */
export const LABELS: {
  name: string;
  nameHint: string;
  district: string;
  districts: Array<[string, string]>;
  updates: string;
  country: string;
  countries: Array<[string, string]>;
  detail: string;
};
/** One standard block with Polis elements; names and ids end with `-i`. */
export function polisBlock(i: number): string;
/** The same block in plain HTML. */
export function plainBlock(i: number): string;
/** `n` blocks of one kind. */
export function blocks(kind: 'polis' | 'plain', n: number): string;
