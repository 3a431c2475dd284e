// The facts on the Foundations pages come from the tokens package itself, so the pages cannot
// drift from what ships: values from its build (`@polis-ds/tokens`, every theme resolved),
// descriptions and references from its DTCG source, contrast pairs from contrast-pairs.json,
// and ratios computed here with the package's own WCAG functions. Nothing is typed by hand.
import { themes } from '@polis-ds/tokens';
import { contrastRatio, formatRatio } from '@polis-ds/tokens/contrast';

type TokenTree = { [key: string]: unknown };
const files = import.meta.glob<TokenTree>(
  [
    '../../../packages/tokens/src/primitive/*.json',
    '../../../packages/tokens/src/semantic/**/*.json',
    '../../../packages/tokens/src/component/*.json',
  ],
  { eager: true, import: 'default' },
);

type ColorRef = string | { anyOf: string[] };
interface DeclaredPair {
  foreground: ColorRef;
  background: string;
  minimum: number;
  criterion: string;
  use: string;
}
type DeclaredExempt =
  { foreground: string; background: string; reason: string } | { token: string; reason: string };
interface PairsFile {
  pairs: DeclaredPair[];
  exempt: DeclaredExempt[];
  stricter: Record<string, Record<string, { minimum: number; because: string } | string>>;
}
const pairsFile = Object.values(
  import.meta.glob<PairsFile>('../../../packages/tokens/src/contrast-pairs.json', {
    eager: true,
    import: 'default',
  }),
)[0]!;

export type ThemeName = keyof typeof themes;
type ThemeValues = Record<string, string>;
const themeValues = themes as unknown as Record<ThemeName, ThemeValues>;

/** Themes in the order people meet them: the default, its dark twin, high contrast, then any other. */
const ORDER = ['light', 'dark', 'high-contrast'];
const rank = (theme: string) => (ORDER.includes(theme) ? ORDER.indexOf(theme) : ORDER.length);
export const THEME_NAMES = (Object.keys(themes) as ThemeName[]).sort(
  (a, b) => rank(a) - rank(b) || a.localeCompare(b),
);

/** How a theme is called in the docs (the attribute value stays as it is). */
export const THEME_LABELS: Record<string, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
  brand: 'Brand (example)',
};
export const themeLabel = (theme: string): string => THEME_LABELS[theme] ?? theme;

export type Tier = 'primitive' | 'semantic' | 'component';

export interface TokenInfo {
  /** Dotted path in the source, such as `color.text`. */
  path: string;
  /** The CSS custom property, such as `--polis-color-text`. */
  cssName: string;
  /** The JavaScript name, such as `colorText`. */
  jsName: string;
  type: string | undefined;
  tier: Tier;
  /** True when the theme files define it (its value changes with the theme). */
  themed: boolean;
  /** The token's own `$description`. */
  description: string | undefined;
  /** The `$description` of the group it is in (the type scale, the spacing scale). */
  groupDescription: string | undefined;
  /** Resolved value in each theme, from the built package. */
  values: Record<ThemeName, string>;
  /** The token it refers to in each theme (`color.grey.950`), if it is a reference. */
  references: Partial<Record<ThemeName, string>>;
}

const camel = (path: string) =>
  path
    .split(/[.-]/)
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');

interface SourceEntry {
  value: unknown;
  type: string | undefined;
  description: string | undefined;
  groupDescription: string | undefined;
  file: string;
}

/** Flattens DTCG groups into dotted paths, passing `$type` and the nearest group's `$description` down. */
function flatten(
  tree: TokenTree,
  file: string,
  into: Map<string, SourceEntry>,
  path: string[] = [],
  type?: string,
  groupDescription?: string,
) {
  const ownType = typeof tree['$type'] === 'string' ? tree['$type'] : type;
  const description = typeof tree['$description'] === 'string' ? tree['$description'] : undefined;
  if ('$value' in tree) {
    into.set(path.join('.'), { value: tree['$value'], type: ownType, description, groupDescription, file });
    return;
  }
  // A theme file's own description (at its root) describes the theme, not its tokens.
  const passed = path.length ? (description ?? groupDescription) : undefined;
  for (const [key, child] of Object.entries(tree)) {
    if (!key.startsWith('$') && typeof child === 'object' && child !== null) {
      flatten(child as TokenTree, file, into, [...path, key], ownType, passed);
    }
  }
}

/** The description at the root of each theme file, by theme. */
export const THEME_DESCRIPTIONS: Record<string, string | undefined> = {};

const THEME_FILE = /\/semantic\/themes\/([a-z0-9-]+)\.json$/;
const shared = new Map<string, SourceEntry>();
const perTheme = new Map<string, Map<string, SourceEntry>>();
for (const [file, tree] of Object.entries(files)) {
  const theme = THEME_FILE.exec(file)?.[1];
  if (theme) {
    THEME_DESCRIPTIONS[theme] = typeof tree['$description'] === 'string' ? tree['$description'] : undefined;
    const entries = new Map<string, SourceEntry>();
    flatten(tree, file, entries);
    perTheme.set(theme, entries);
  } else {
    flatten(tree, file, shared);
  }
}
const lightThemed = perTheme.get('light') ?? new Map<string, SourceEntry>();
const REFERENCE = /^\{([^{}]+)\}$/;

const tierOf = (file: string): Tier =>
  file.includes('/primitive/') ? 'primitive' : file.includes('/component/') ? 'component' : 'semantic';

/** Every token, in the order of the built package (primitive, semantic, component). */
export const TOKENS: TokenInfo[] = Object.keys(themeValues.light).map((jsName) => {
  const path = [...shared.keys(), ...lightThemed.keys()].find((candidate) => camel(candidate) === jsName);
  if (path === undefined) throw new Error(`Token ${jsName} is built but not found in the token source.`);
  const themed = lightThemed.has(path);
  const source = themed ? lightThemed.get(path)! : shared.get(path)!;
  const values = {} as Record<ThemeName, string>;
  const references: Partial<Record<ThemeName, string>> = {};
  for (const theme of THEME_NAMES) {
    values[theme] = themeValues[theme][jsName]!;
    const entry = themed ? perTheme.get(theme)?.get(path) : source;
    const reference = typeof entry?.value === 'string' ? REFERENCE.exec(entry.value)?.[1] : undefined;
    if (reference) references[theme] = reference;
  }
  return {
    path,
    cssName: `--polis-${path.replaceAll('.', '-')}`,
    jsName,
    type: source.type,
    tier: tierOf(source.file),
    themed,
    description: source.description,
    groupDescription: source.groupDescription,
    values,
    references,
  };
});

const byPath = new Map(TOKENS.map((token) => [token.path, token]));
export const token = (path: string): TokenInfo => {
  const found = byPath.get(path);
  if (!found) throw new Error(`No token ${path}`);
  return found;
};

/** The semantic colours, in source order: the colours components and pages use. */
export const SEMANTIC_COLOURS = TOKENS.filter((t) => t.tier === 'semantic' && t.type === 'color');

/** The primitive palette, grouped by hue (`color.blue.600` → `blue`). */
export const PALETTE = (() => {
  const groups = new Map<string, TokenInfo[]>();
  for (const t of TOKENS.filter((x) => x.tier === 'primitive' && x.type === 'color')) {
    const parts = t.path.split('.');
    const hue = parts.length > 2 ? parts[1]! : 'neutral';
    groups.set(hue, [...(groups.get(hue) ?? []), t]);
  }
  return [...groups].map(([hue, colours]) => ({ hue, colours }));
})();

export const byPrefix = (prefix: string): TokenInfo[] => TOKENS.filter((t) => t.path.startsWith(prefix));

/** `font.size.19` → 19: the px size at the browser's default, from the rem value. */
export const pxOf = (value: string): number | null => {
  const rem = /^(-?\d*\.?\d+)rem$/.exec(value);
  if (rem) return Math.round(Number(rem[1]) * 16 * 100) / 100;
  const px = /^(-?\d*\.?\d+)px$/.exec(value);
  if (px) return Number(px[1]);
  return value === '0' ? 0 : null;
};

// ------------------------------------------------------------------ contrast

export const CRITERIA: Record<string, string> = {
  '1.4.3': '1.4.3 Contrast (Minimum)',
  '1.4.6': '1.4.6 Contrast (Enhanced)',
  '1.4.11': '1.4.11 Non-text Contrast',
};

export interface Measure {
  theme: ThemeName;
  /** The foreground measured (the better of `anyOf`). */
  foreground: string;
  foregroundValue: string;
  backgroundValue: string;
  ratio: number;
  ratioText: string;
  minimum: number;
  /** Why the minimum is higher than the pair's own in this theme, if it is. */
  stricterBecause: string | undefined;
  passes: boolean;
}

export interface PairReport {
  foreground: string[];
  background: string;
  criterion: string;
  use: string;
  /** Text is read (1.4.3); otherwise it is a boundary or indicator that must be seen (1.4.11). */
  isText: boolean;
  measures: Record<ThemeName, Measure>;
}

const stricterFor = (theme: string, criterion: string) => {
  const entry = pairsFile.stricter[theme]?.[criterion];
  return typeof entry === 'object' ? entry : undefined;
};

function measure(
  theme: ThemeName,
  foreground: string[],
  background: string,
  criterion: string,
  own: number,
): Measure {
  const backgroundValue = token(background).values[theme];
  const best = foreground
    .map((name) => {
      const value = token(name).values[theme];
      return { name, value, ratio: contrastRatio(value, backgroundValue) };
    })
    .reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const stricter = stricterFor(theme, criterion);
  const minimum = Math.max(own, stricter?.minimum ?? 0);
  return {
    theme,
    foreground: best.name,
    foregroundValue: best.value,
    backgroundValue,
    ratio: best.ratio,
    ratioText: formatRatio(best.ratio),
    minimum,
    stricterBecause: stricter && stricter.minimum > own ? stricter.because : undefined,
    passes: best.ratio >= minimum,
  };
}

/** Every declared pair, measured in every theme. */
export const PAIRS: PairReport[] = pairsFile.pairs.map((pair) => {
  const foreground = typeof pair.foreground === 'string' ? [pair.foreground] : pair.foreground.anyOf;
  const measures = {} as Record<ThemeName, Measure>;
  for (const theme of THEME_NAMES) {
    measures[theme] = measure(theme, foreground, pair.background, pair.criterion, pair.minimum);
  }
  return {
    foreground,
    background: pair.background,
    criterion: pair.criterion,
    use: pair.use,
    isText: pair.criterion === '1.4.3',
    measures,
  };
});

export interface ExemptReport {
  tokens: string[];
  reason: string;
  /** Measured when the exemption names a pair (disabled text), never enforced. */
  measures?: Record<ThemeName, Measure>;
}

export const EXEMPT: ExemptReport[] = pairsFile.exempt.map((entry) => {
  if ('token' in entry) return { tokens: [entry.token], reason: entry.reason };
  const measures = {} as Record<ThemeName, Measure>;
  for (const theme of THEME_NAMES)
    measures[theme] = measure(theme, [entry.foreground], entry.background, '1.4.3', 0);
  return { tokens: [entry.foreground, entry.background], reason: entry.reason, measures };
});

/** The themes held to more than WCAG AA, and why, from contrast-pairs.json. */
export const STRICTER = Object.entries(pairsFile.stricter)
  .filter(([theme]) => !theme.startsWith('$'))
  .flatMap(([theme, criteria]) =>
    Object.entries(criteria)
      .filter(([key, value]) => !key.startsWith('$') && typeof value === 'object')
      .map(([criterion, value]) => ({
        theme,
        criterion,
        ...(value as { minimum: number; because: string }),
      })),
  );

/** Pairs measured, and how many pass, in each theme. */
export const PAIR_TOTALS = THEME_NAMES.map((theme) => ({
  theme,
  pairs: PAIRS.length,
  passing: PAIRS.filter((pair) => pair.measures[theme].passes).length,
}));

/** Ratio against white and black, for the palette. */
export const againstWhiteAndBlack = (value: string) => ({
  white: formatRatio(contrastRatio(value, '#ffffff')),
  black: formatRatio(contrastRatio(value, '#000000')),
});

/** Tokens whose value in `theme` differs from light. */
export const differencesFromLight = (theme: ThemeName): TokenInfo[] =>
  TOKENS.filter((t) => t.tier === 'semantic' && t.values[theme] !== t.values.light);
