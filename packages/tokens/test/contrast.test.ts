/// <reference types="vite/client" />
// Checks the colour pairs declared in src/contrast-pairs.json against WCAG 2.2
// in every theme. It reads the token SOURCE (not dist) and resolves references
// itself, so it runs without a build and does not trust the build tool.

import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, parseColor, relativeLuminance, WCAG_MINIMUM } from '../src/contrast.js';
import declared from '../src/contrast-pairs.json' with { type: 'json' };

type TokenTree = { [key: string]: unknown };
type ColorRef = string | { anyOf: string[] };
interface Pair {
  foreground: ColorRef;
  background: string;
  minimum: number;
  criterion: string;
  use: string;
}
type Exempt = { foreground: string; background: string; reason: string } | { token: string; reason: string };
type Stricter = Record<string, Record<string, { minimum: number; because: string }>>;

const pairs = declared.pairs as Pair[];
const exempt = declared.exempt as Exempt[];
const stricter = Object.fromEntries(
  Object.entries(declared.stricter).filter(([key]) => !key.startsWith('$')),
) as Stricter;

/** The minimum a pair must reach in a theme: its own, or the theme's stricter one for its criterion. */
const minimumFor = (theme: string, pair: Pair): number =>
  Math.max(pair.minimum, stricter[theme]?.[pair.criterion]?.minimum ?? 0);

// ------------------------------------------------------------- token source

const files = import.meta.glob<TokenTree>(
  ['../src/primitive/*.json', '../src/semantic/**/*.json', '../src/component/*.json'],
  {
    eager: true,
    import: 'default',
  },
);
const THEME_FILE = /^\.\.\/src\/semantic\/themes\/([a-z0-9-]+)\.json$/;
const themeFiles = new Map<string, string>();
for (const path of Object.keys(files)) {
  const theme = THEME_FILE.exec(path)?.[1];
  if (theme !== undefined) themeFiles.set(theme, path);
}
const themes = [...themeFiles.keys()].sort((a, b) =>
  a === 'light' ? -1 : b === 'light' ? 1 : a.localeCompare(b),
);
const sharedFiles = Object.keys(files).filter((path) => !THEME_FILE.test(path));

interface SourceToken {
  value: unknown;
  type: string | undefined;
  file: string;
}

/** Flattens DTCG groups into dotted paths, passing group `$type` down. */
function flatten(
  tree: TokenTree,
  file: string,
  into: Map<string, SourceToken>,
  path: string[] = [],
  type?: string,
): void {
  const ownType = typeof tree['$type'] === 'string' ? tree['$type'] : type;
  if ('$value' in tree) {
    const name = path.join('.');
    const previous = into.get(name);
    if (previous) throw new Error(`${name} is defined in both ${previous.file} and ${file}`);
    into.set(name, { value: tree['$value'], type: ownType, file });
    return;
  }
  for (const [key, child] of Object.entries(tree)) {
    if (!key.startsWith('$') && typeof child === 'object' && child !== null) {
      flatten(child as TokenTree, file, into, [...path, key], ownType);
    }
  }
}

function loadTheme(theme: string): Map<string, SourceToken> {
  const tokens = new Map<string, SourceToken>();
  for (const path of [...sharedFiles, themeFiles.get(theme)!]) flatten(files[path]!, path, tokens);
  return tokens;
}

const REFERENCE = /^\{([^{}]+)\}$/;

/** The final value of a token, following `{references}` through any number of steps. */
function resolve(tokens: Map<string, SourceToken>, name: string, seen: string[] = []): string {
  if (seen.includes(name)) throw new Error(`Circular reference: ${[...seen, name].join(' → ')}`);
  const token = tokens.get(name);
  if (token === undefined) {
    throw new Error(`Unknown token "${name}"${seen.length ? ` (referenced from ${seen.at(-1)})` : ''}`);
  }
  if (typeof token.value !== 'string') throw new Error(`${name} is not a string value`);
  const reference = REFERENCE.exec(token.value)?.[1];
  return reference === undefined ? token.value : resolve(tokens, reference, [...seen, name]);
}

const names = (ref: ColorRef): string[] => (typeof ref === 'string' ? [ref] : ref.anyOf);
const label = (ref: ColorRef): string => (typeof ref === 'string' ? ref : `best of ${ref.anyOf.join(' / ')}`);

/** The ratio of a pair; for `anyOf`, the best of the listed foregrounds. */
function measure(tokens: Map<string, SourceToken>, foreground: ColorRef, background: string) {
  const backgroundValue = resolve(tokens, background);
  return names(foreground)
    .map((name) => {
      const value = resolve(tokens, name);
      return { name, value, backgroundValue, ratio: contrastRatio(value, backgroundValue) };
    })
    .reduce((best, next) => (next.ratio > best.ratio ? next : best));
}

// -------------------------------------------------------------------- tests

describe('contrast()', () => {
  it('black on white is 21:1, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#fff', '#000')).toBe(21);
  });

  it('#777 on white is about 4.48:1, which fails 4.5 for text', () => {
    const ratio = contrastRatio('#777', '#ffffff');
    expect(ratio).toBeCloseTo(4.48, 2);
    expect(ratio).toBeCloseTo(4.478, 3);
    expect(ratio).toBeLessThan(WCAG_MINIMUM.text);
    expect(formatRatio(ratio)).toBe('4.47:1');
  });

  it('a colour against itself is 1:1', () => {
    expect(contrastRatio('#1f5aa0', 'rgb(31, 90, 160)')).toBe(1);
  });

  it('computes relative luminance', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('rejects what it cannot measure', () => {
    expect(() => parseColor('#12345')).toThrow(TypeError);
    expect(() => parseColor('#ffffff80')).toThrow(/opaque/);
    expect(() => parseColor('red')).toThrow(TypeError);
    expect(() => parseColor([256, 0, 0])).toThrow(TypeError);
  });
});

describe('token source', () => {
  it('has a light theme and at least one other', () => {
    expect(themes).toContain('light');
    expect(themes.length).toBeGreaterThan(1);
  });

  it('the resolver fails on unknown names', () => {
    expect(() => resolve(loadTheme('light'), 'color.does-not-exist')).toThrow(/Unknown token/);
  });

  const themedTokens = (theme: string) => {
    const tokens = new Map<string, SourceToken>();
    flatten(files[themeFiles.get(theme)!]!, theme, tokens);
    return tokens;
  };
  const themed = (theme: string) => [...themedTokens(theme).keys()].sort();
  const themedColors = (theme: string) =>
    [...themedTokens(theme)].filter(([, token]) => token.type === 'color').map(([name]) => name);

  it.each(themes)('theme %s defines the same semantic names as light', (theme) => {
    expect(themed(theme)).toEqual(themed('light'));
  });

  it('every semantic colour is in a declared pair or exempt with a reason', () => {
    const covered = new Set<string>();
    for (const pair of pairs)
      [...names(pair.foreground), pair.background].forEach((name) => covered.add(name));
    for (const entry of exempt) {
      expect(entry.reason.length).toBeGreaterThan(20);
      ('token' in entry ? [entry.token] : [entry.foreground, entry.background]).forEach((name) =>
        covered.add(name),
      );
    }
    expect(themedColors('light').filter((name) => !covered.has(name))).toEqual([]);
  });

  it('stricter minimums name themes that exist and criteria that pairs use', () => {
    const criteria = new Set(pairs.map((pair) => pair.criterion));
    for (const [theme, minimums] of Object.entries(stricter)) {
      expect(themes).toContain(theme);
      for (const criterion of Object.keys(minimums)) expect(criteria).toContain(criterion);
    }
  });
});

describe('high-contrast theme', () => {
  const tokens = loadTheme('high-contrast');
  const lowest = (criterion: string) =>
    pairs
      .filter((pair) => pair.criterion === criterion)
      .map((pair) => ({ pair, ...measure(tokens, pair.foreground, pair.background) }))
      .reduce((low, next) => (next.ratio < low.ratio ? next : low));

  it('exists, with a thicker focus ring than light', () => {
    expect(themes).toContain('high-contrast');
    const width = (theme: Map<string, SourceToken>) => Number.parseFloat(resolve(theme, 'focus.width'));
    expect(width(tokens)).toBeGreaterThan(width(loadTheme('light')));
  });

  it('every text pair reaches 7:1 (WCAG 1.4.6, AAA)', () => {
    const { pair, ratio } = lowest('1.4.3');
    expect(ratio, `${label(pair.foreground)} on ${pair.background}`).toBeGreaterThanOrEqual(
      WCAG_MINIMUM.enhancedText,
    );
  });

  it('every boundary and focus indicator reaches 4.5:1', () => {
    const { pair, ratio } = lowest('1.4.11');
    expect(ratio, `${label(pair.foreground)} on ${pair.background}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe.each(themes)('%s theme', (theme) => {
  const tokens = loadTheme(theme);

  it('every declared pair names tokens that exist and are colours', () => {
    const referenced = [
      ...pairs.flatMap((pair) => [...names(pair.foreground), pair.background]),
      ...exempt.flatMap((entry) => ('token' in entry ? [entry.token] : [entry.foreground, entry.background])),
    ];
    expect(referenced.filter((name) => !tokens.has(name))).toEqual([]);
    expect(referenced.filter((name) => tokens.get(name)?.type !== 'color')).toEqual([]);
  });

  for (const pair of pairs) {
    let result: ReturnType<typeof measure> | undefined;
    let problem: unknown;
    try {
      result = measure(tokens, pair.foreground, pair.background);
    } catch (error) {
      problem = error;
    }
    const ratio = result ? formatRatio(result.ratio) : 'unmeasurable';
    const winner = result && typeof pair.foreground !== 'string' ? ` (${result.name})` : '';
    const minimum = minimumFor(theme, pair);
    it(`${label(pair.foreground)} on ${pair.background}: ${ratio}${winner} ≥ ${minimum}:1 (WCAG ${pair.criterion})`, () => {
      if (problem !== undefined) throw problem;
      expect(
        result!.ratio,
        `${theme}: ${result!.name} ${result!.value} on ${pair.background} ${result!.backgroundValue} is ${ratio}, ` +
          `below ${minimum}:1 for ${pair.use}`,
      ).toBeGreaterThanOrEqual(minimum);
    });
  }

  for (const entry of exempt) {
    if (!('foreground' in entry)) continue;
    let ratio = 'unmeasurable';
    try {
      ratio = formatRatio(measure(tokens, entry.foreground, entry.background).ratio);
    } catch {
      // reported by the existence test above
    }
    it(`${entry.foreground} on ${entry.background}: ${ratio}, exempt: ${entry.reason.split(/\.\s/)[0]}`, () => {
      expect(tokens.has(entry.foreground) && tokens.has(entry.background)).toBe(true);
    });
  }
});
