// Builds @polis-ds/tokens from the DTCG sources in src/ into dist/:
//   tokens.css   custom properties: :root (light + all tiers), then the theme blocks and the
//                text sizes
//   tokens.js    tokens / cssVars / themes, with tokens.d.ts (literal types)
//   vars.js      one named export per token (`var(--polis-…, <light value>)`), tree-shakable
//   tokens.json  resolved values per theme
//   contrast.js  src/contrast.ts compiled by tsc, with contrast.d.ts
//
// Style Dictionary 4 reads, merges, type-checks references, resolves and
// transforms the tokens of each theme; the files are written here because one
// CSS file holds every theme. Output is deterministic: no dates, stable order.
//
// Layout of src/ (one theme = every shared file + one file in semantic/themes):
//   primitive/*.json         tier 1, raw palette and scales
//   semantic/*.json          tier 2, names by purpose, the same in every theme
//   semantic/themes/<t>.json tier 2, names by purpose whose values change per theme (colours and
//                            the focus width); every theme defines the same names
//   component/*.json         tier 3, component hooks referring to semantic tokens

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { createPropertyFormatter, getReferences } from 'style-dictionary/utils';

const PREFIX = 'polis';
const DEFAULT_THEME = 'light';
const THEME_ATTRIBUTE = 'data-polis-theme';
const TEXT_SIZE_ATTRIBUTE = 'data-polis-text-size';
// Percentages of the person's own browser font size, so their setting still counts; every Polis
// size is in rem, so everything grows together. "standard" is no attribute at all.
const TEXT_SIZES = { large: '112.5%', largest: '125%' };
const BASE_FONT_SIZE_PX = 16;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root); // Style Dictionary resolves source globs from the working directory.
const require = createRequire(import.meta.url);

/** JSON files directly inside a folder of src/, sorted, as posix paths relative to the package. */
const jsonFiles = (folder) =>
  readdirSync(join(root, 'src', folder), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => `src/${folder}/${entry.name}`)
    .sort();

const themeNames = readdirSync(join(root, 'src/semantic/themes'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort((a, b) => (a === DEFAULT_THEME ? -1 : b === DEFAULT_THEME ? 1 : a.localeCompare(b)));
if (themeNames[0] !== DEFAULT_THEME) throw new Error(`src/semantic/themes/${DEFAULT_THEME}.json is missing.`);
for (const theme of themeNames) {
  if (!/^[a-z][a-z0-9-]*$/.test(theme))
    throw new Error(`Theme file name "${theme}" must be lower-case kebab-case.`);
}

const themeFile = (theme) => `src/semantic/themes/${theme}.json`;
const sharedFiles = [...jsonFiles('primitive'), ...jsonFiles('semantic')];
const componentFiles = jsonFiles('component');

// ---------------------------------------------------------------- transforms

StyleDictionary.registerTransform({
  name: 'polis/name',
  type: 'name',
  transform: (token) => {
    for (const segment of token.path) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(segment)) {
        throw new Error(`Token ${token.path.join('.')}: "${segment}" is not lower-case kebab-case.`);
      }
    }
    return [PREFIX, ...token.path].join('-');
  },
});

const PX = /^(-?\d*\.?\d+)px$/;
StyleDictionary.registerTransform({
  name: 'polis/dimension/rem',
  type: 'value',
  filter: (token) => token.$type === 'dimension',
  transform: (token) => {
    const value = String(token.$value);
    const match = PX.exec(value);
    if (!match) throw new Error(`Dimension ${token.path.join('.')} must be authored in px, got "${value}".`);
    const px = Number(match[1]);
    if (px === 0) return '0';
    if (token.$extensions?.['org.polis-ds']?.keepPx === true) return value;
    return `${Number((px / BASE_FONT_SIZE_PX).toFixed(4))}rem`;
  },
});

const transforms = ['polis/name', 'polis/dimension/rem', 'fontFamily/css'];

// ------------------------------------------------------------------ resolve

/** @returns {Promise<{ dictionary: import('style-dictionary/types').Dictionary, themedFile: string }>} */
async function loadTheme(theme) {
  const sd = new StyleDictionary({
    source: [...sharedFiles, themeFile(theme), ...componentFiles],
    usesDtcg: true,
    log: { warnings: 'error', verbosity: 'verbose', errors: { brokenReferences: 'throw' } },
    platforms: { web: { transforms } },
  });
  const dictionary = await sd.getPlatformTokens('web');
  return { dictionary, themedFile: themeFile(theme) };
}

const loaded = new Map();
for (const theme of themeNames) loaded.set(theme, await loadTheme(theme));

// Tiers, in output order. Tokens keep their order within a file; files are sorted by name.
const tierOf = (filePath) =>
  filePath.startsWith('src/primitive/')
    ? 'primitive'
    : filePath.startsWith('src/semantic/themes/')
      ? 'semantic-theme'
      : filePath.startsWith('src/semantic/')
        ? 'semantic'
        : 'component';
const TIERS = {
  primitive: 'Tier 1, primitives: the raw palette and scales. Prefer the semantic tokens below.',
  semantic: 'Tier 2, semantic tokens that are the same in every theme.',
  'semantic-theme': 'Tier 2, semantic colours and the focus width: these change with the theme.',
  component:
    'Tier 3, component hooks: each refers to a semantic token; override one to restyle one component.',
};
const tierNames = Object.keys(TIERS);
for (const { dictionary } of loaded.values()) {
  const files = [...sharedFiles, ...themeNames.map(themeFile), ...componentFiles];
  const rank = (token) => tierNames.indexOf(tierOf(token.filePath)) * 1000 + files.indexOf(token.filePath);
  for (const token of dictionary.allTokens) {
    if (!files.includes(token.filePath)) throw new Error(`Unexpected source path ${token.filePath}.`);
  }
  dictionary.allTokens = dictionary.allTokens
    .map((token, index) => ({ token, index }))
    .sort((a, b) => rank(a.token) - rank(b.token) || a.index - b.index)
    .map(({ token }) => token);
}

const key = (token) => token.path.join('.');
const camel = (token) =>
  token.path
    .join('-')
    .split('-')
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
const stringValue = (token) => String(token.$value);

const light = loaded.get(DEFAULT_THEME).dictionary;

// Every theme must define the same names, and the same token list overall.
const themedPaths = (theme) =>
  loaded
    .get(theme)
    .dictionary.allTokens.filter((token) => token.filePath === loaded.get(theme).themedFile)
    .map(key)
    .sort();
const defaultThemed = themedPaths(DEFAULT_THEME);
for (const theme of themeNames) {
  const paths = themedPaths(theme);
  const missing = defaultThemed.filter((path) => !paths.includes(path));
  const extra = paths.filter((path) => !defaultThemed.includes(path));
  if (missing.length || extra.length) {
    throw new Error(
      `Theme "${theme}" must define the same tokens as "${DEFAULT_THEME}". Missing: ${missing.join(', ') || 'none'}. Extra: ${extra.join(', ') || 'none'}.`,
    );
  }
  const all = loaded.get(theme).dictionary.allTokens.map(key).join('\n');
  if (all !== light.allTokens.map(key).join('\n'))
    throw new Error(`Theme "${theme}" orders or names tokens differently.`);
}

// Names must be unique once flattened (color.focus-ring and color-focus.ring would clash).
for (const [label, nameOf] of [
  ['CSS', (token) => token.name],
  ['JavaScript', camel],
]) {
  const seen = new Map();
  for (const token of light.allTokens) {
    const name = nameOf(token);
    if (seen.has(name))
      throw new Error(`${label} name ${name} is used by both ${seen.get(name)} and ${key(token)}.`);
    seen.set(name, key(token));
  }
}

// A token is theme-dependent when it is defined per theme, or refers (at any depth) to one that is.
const themed = new Set(defaultThemed);
const refsOf = (token) => getReferences(token.original.$value, light.tokens, { usesDtcg: true }).map(key);
let grew = true;
while (grew) {
  grew = false;
  for (const token of light.allTokens) {
    if (!themed.has(key(token)) && refsOf(token).some((ref) => themed.has(ref))) {
      themed.add(key(token));
      grew = true;
    }
  }
}

// ---------------------------------------------------------------------- CSS

function declarations(dictionary, filter, indentation, withComments) {
  const format = createPropertyFormatter({
    outputReferences: true,
    dictionary,
    format: 'css',
    usesDtcg: true,
    formatting: { indentation, commentStyle: withComments ? 'long' : 'none' },
  });
  return dictionary.allTokens.filter(filter).map(format).join('\n');
}

const isThemed = (token) => themed.has(key(token));
const banner = [
  '/**',
  ' * @polis-ds/tokens: generated by scripts/build.mjs from src/. Do not edit.',
  ' *',
  ` * :root holds every token, with the ${DEFAULT_THEME} theme. Each theme block re-declares the`,
  ' * semantic colours and every token that refers to them, so a theme set on any element',
  ` * with ${THEME_ATTRIBUTE}="…" applies to everything inside it.`,
  ` * Themes: ${themeNames.join(', ')}. Without the attribute on the root, the system decides.`,
  ` * Text size: ${TEXT_SIZE_ATTRIBUTE}="${Object.keys(TEXT_SIZES).join('" or "')}" on the root.`,
  ' */',
].join('\n');

// A theme whose page is darker than its text is a dark colour scheme: native scrollbars,
// form controls and system colours then match it.
const luminance = (hex) => {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Expected a #rrggbb colour, got "${hex}".`);
  const channel = (start) => {
    const value = Number.parseInt(match[1].slice(start, start + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
};
const colorScheme = (theme) => {
  const value = (path) =>
    stringValue(loaded.get(theme).dictionary.allTokens.find((token) => key(token) === path));
  return luminance(value('color.background')) < luminance(value('color.text')) ? 'dark' : 'light';
};

const rootBlock = tierNames
  .map(
    (tier) =>
      `  /* ${TIERS[tier]} */\n${declarations(light, (token) => tierOf(token.filePath) === tier, '  ', true)}`,
  )
  .join('\n\n');

const themeBody = (theme, indentation) =>
  `${indentation}color-scheme: ${colorScheme(theme)};\n` +
  declarations(loaded.get(theme).dictionary, isThemed, indentation, false);

const blocks = [banner, `:root {\n${rootBlock}\n}`];
if (themeNames.includes('dark')) {
  blocks.push(
    '/* The dark theme for people whose system asks for it, unless the page chose a theme. */\n' +
      `@media (prefers-color-scheme: dark) {\n  :root:not([${THEME_ATTRIBUTE}]) {\n${themeBody('dark', '    ')}\n  }\n}`,
  );
}
for (const theme of themeNames) {
  blocks.push(
    `/* ${THEME_ATTRIBUTE}="${theme}" on any element. */\n[${THEME_ATTRIBUTE}="${theme}"] {\n${themeBody(theme, '  ')}\n}`,
  );
}
blocks.push(
  "/* Text size chosen by the person, on the root only: a percentage of their browser's own size. */\n" +
    Object.entries(TEXT_SIZES)
      .map(([size, percent]) => `:root[${TEXT_SIZE_ATTRIBUTE}="${size}"] {\n  font-size: ${percent};\n}`)
      .join('\n'),
);
const css = blocks.join('\n\n');

// ------------------------------------------------------------ JS, d.ts, JSON

const resolved = (theme) =>
  Object.fromEntries(
    loaded.get(theme).dictionary.allTokens.map((token) => [camel(token), stringValue(token)]),
  );
const tokens = resolved(DEFAULT_THEME);
const cssVars = Object.fromEntries(
  light.allTokens.map((token) => [camel(token), `var(--${token.name}, ${stringValue(token)})`]),
);
const themes = Object.fromEntries(themeNames.map((theme) => [theme, resolved(theme)]));

const literal = (value) => JSON.stringify(value);
const descriptions = new Map(light.allTokens.map((token) => [camel(token), token.$description]));
const objectLiteral = (object, indentation) =>
  Object.entries(object)
    .map(([name, value]) => `${indentation}${name}: ${literal(value)},`)
    .join('\n');
const objectType = (object, indentation, withDocs) =>
  Object.entries(object)
    .map(([name, value]) => {
      const doc =
        withDocs && descriptions.get(name)
          ? `${indentation}/** ${descriptions.get(name).replaceAll('*/', '* /')} */\n`
          : '';
      return `${doc}${indentation}readonly ${name}: ${literal(value)};`;
    })
    .join('\n');

const header = '// @polis-ds/tokens: generated by scripts/build.mjs from src/. Do not edit.\n';
// Marked pure, so a bundler drops the objects a module does not use: components import only
// cssVars, and should not carry every theme's resolved values.
const freeze = '/* @__PURE__ */ Object.freeze';
const js = `${header}
/** Every token, resolved for the ${DEFAULT_THEME} (default) theme. Keys are camelCase token names. */
export const tokens = ${freeze}({
${objectLiteral(tokens, '  ')}
});

/** Every token as \`var(--${PREFIX}-…, <${DEFAULT_THEME} value>)\`: themable, and correct even where tokens.css is not loaded. */
export const cssVars = ${freeze}({
${objectLiteral(cssVars, '  ')}
});

/** Every token, resolved for each theme. */
export const themes = ${freeze}({
${themeNames.map((theme) => `  ${literal(theme)}: ${freeze}({\n${objectLiteral(themes[theme], '    ')}\n  }),`).join('\n')}
});
`;

// One named export per token, so a bundler keeps only the tokens a module uses (components
// use a few dozen of the ~200).
const varsJs = `${header}
${Object.entries(cssVars)
  .map(([name, value]) => `export const ${name} = ${literal(value)};`)
  .join('\n')}
`;
const varsDts = `${header}
${Object.entries(cssVars)
  .map(([name, value]) => {
    const doc = descriptions.get(name) ? `/** ${descriptions.get(name).replaceAll('*/', '* /')} */\n` : '';
    return `${doc}export declare const ${name}: ${literal(value)};`;
  })
  .join('\n')}
`;

const dts = `${header}
/** Every token, resolved for the ${DEFAULT_THEME} (default) theme. Keys are camelCase token names. */
export declare const tokens: {
${objectType(tokens, '  ', true)}
};

/** Every token as \`var(--${PREFIX}-…, <${DEFAULT_THEME} value>)\`: themable, and correct even where tokens.css is not loaded. */
export declare const cssVars: {
${objectType(cssVars, '  ', true)}
};

/** Every token, resolved for each theme. */
export declare const themes: {
${themeNames.map((theme) => `  readonly ${literal(theme)}: {\n${objectType(themes[theme], '    ', false)}\n  };`).join('\n')}
};

/** The name of a token, such as \`"colorText"\`. */
export type TokenName = keyof typeof tokens;

/** The name of a theme, as used in the ${THEME_ATTRIBUTE} attribute. */
export type ThemeName = keyof typeof themes;
`;

const json = `${JSON.stringify(
  Object.fromEntries(
    themeNames.map((theme) => [
      theme,
      Object.fromEntries(
        loaded.get(theme).dictionary.allTokens.map((token) => [token.path.join('-'), stringValue(token)]),
      ),
    ]),
  ),
  null,
  2,
)}\n`;

// -------------------------------------------------------------------- write

const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'tokens.css'), `${css}\n`);
writeFileSync(join(dist, 'tokens.js'), js);
writeFileSync(join(dist, 'tokens.d.ts'), dts);
writeFileSync(join(dist, 'vars.js'), varsJs);
writeFileSync(join(dist, 'vars.d.ts'), varsDts);
writeFileSync(join(dist, 'tokens.json'), json);

// src/contrast.ts → dist/contrast.js + .d.ts, with the repository's compiler settings.
const tsc = require.resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

// The generated declarations must compile on their own, strictly (the shared config skips .d.ts checks).
const ts = require('typescript');
const program = ts.createProgram([join(dist, 'tokens.d.ts')], {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
});
const problems = ts.getPreEmitDiagnostics(program);
if (problems.length) {
  throw new Error(
    ts.formatDiagnostics(problems, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    }),
  );
}

console.log(
  `@polis-ds/tokens: ${light.allTokens.length} tokens (${themed.size} theme-dependent), themes ${themeNames.join(', ')} → dist/`,
);
