// Right to left for free: component styles use logical properties (inline-start, block-end),
// never physical directions, so a page with dir="rtl" mirrors without an extra stylesheet.
// A physical direction that must not mirror (the checkbox's tick) carries a comment saying
// why: /* physical: <reason> */ on the same line.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Every stylesheet module: `*.styles.ts` (which includes `styles/shared.styles.ts`). */
function styleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return styleFiles(full);
    return entry.name.endsWith('.styles.ts') ? [full] : [];
  });
}

/** `/* physical: reason *\/`, with a reason. */
const ALLOWED = /\/\*\s*physical:\s*\S[^*]*\*\//;

/** Physical properties, with the logical one to use instead. */
const PHYSICAL_PROPERTIES: [RegExp, string][] = [
  [/(^|[\s;{])(margin|padding|scroll-margin|scroll-padding)-(left|right)\s*:/, '$2-inline-start / -end'],
  [/(^|[\s;{])border-(left|right)(-width|-style|-color)?\s*:/, 'border-inline-start / -end'],
  [/(^|[\s;{])border-(top|bottom)-(left|right)-radius\s*:/, 'border-start-start-radius and the like'],
  [/(^|[\s;{])(left|right)\s*:/, 'inset-inline-start / -end'],
];

/** Physical values of properties that are otherwise fine. */
const PHYSICAL_VALUES: [RegExp, string][] = [
  [/(^|[\s;{])text-align\s*:\s*(left|right)\b/, 'text-align: start / end'],
  [/(^|[\s;{])(float|clear)\s*:\s*(left|right)\b/, '$2: inline-start / inline-end'],
  [
    /(^|[\s;{])(background-position|object-position|transform-origin)\s*:[^;]*\b(left|right)\b/,
    'a position that mirrors (or say why not)',
  ],
];

/** Four-value shorthands (top right bottom left) whose right and left differ. */
const SHORTHAND =
  /(^|[\s;{])(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)\s*:\s*([^;]+);/;

function splitValues(value: string): string[] {
  // Template expressions and functions are one value each, whatever is inside them.
  const flat = value.replace(/\$\{[^}]*\}/g, 'X').replace(/[\w-]+\((?:[^()]|\([^()]*\))*\)/g, 'F');
  return flat.trim().split(/\s+/);
}

interface Finding {
  line: number;
  text: string;
  use: string;
}

/** The physical directions in a stylesheet module, outside comments and unless allowed. */
function findPhysical(source: string): Finding[] {
  const findings: Finding[] = [];
  let inComment = false;
  source.split('\n').forEach((raw, index) => {
    // Code only: comments (also across lines) are prose such as "left in English".
    let code = '';
    let rest = raw;
    while (rest) {
      if (inComment) {
        const end = rest.indexOf('*/');
        if (end < 0) {
          rest = '';
        } else {
          rest = rest.slice(end + 2);
          inComment = false;
        }
      } else {
        const start = rest.indexOf('/*');
        if (start < 0) {
          code += rest;
          rest = '';
        } else {
          code += rest.slice(0, start);
          rest = rest.slice(start + 2);
          inComment = true;
        }
      }
    }
    if (!code.trim() || ALLOWED.test(raw)) return;
    const declarations = code;
    const add = (use: string) => findings.push({ line: index + 1, text: raw.trim(), use });
    for (const [pattern, use] of [...PHYSICAL_PROPERTIES, ...PHYSICAL_VALUES]) {
      const match = pattern.exec(declarations);
      if (match) add(match[0].replace(pattern, use));
    }
    const shorthand = SHORTHAND.exec(declarations);
    if (shorthand) {
      const values = splitValues(shorthand[3]!);
      if (values.length === 4 && values[1] !== values[3]) {
        const [property, kind] = shorthand[2]!.startsWith('border-')
          ? ['border', shorthand[2]!.slice(7)]
          : [shorthand[2]!, ''];
        const logical = (axis: string) => [property, axis, kind].filter(Boolean).join('-');
        add(`${logical('block')} / ${logical('inline')} (the right and left values differ)`);
      }
    }
  });
  return findings;
}

describe('the checker', () => {
  it('finds physical directions', () => {
    const source = [
      'margin-left: 4px;',
      '  padding-right: ${t.space3};',
      'border-left: 5px solid red;',
      'border-right-color: red;',
      'border-top-left-radius: 2px;',
      'left: 0;',
      'inline-size: 1px; right: 0;',
      'text-align: left;',
      'float: right;',
      'margin: 0 4px 0 0;',
      'border-width: 0 0 5px 5px;',
      'transform-origin: left center;',
    ].join('\n');
    expect(findPhysical(source).map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('accepts logical properties, symmetric shorthands, comments and annotated lines', () => {
    const source = [
      'margin-inline-start: 4px;',
      'padding-inline: ${t.space3} ${t.space1};',
      'border-inline-start: 5px solid red;',
      'inset-inline-end: 0;',
      'text-align: start;',
      'margin: 0 4px;',
      'padding: ${t.space2} ${t.space3} calc(${t.space2} - 2px);',
      'margin: 0 0 2px;',
      'border-width: 1px 2px 3px 2px;',
      '/* The border is on the left in English, on the right in Arabic. */',
      '/* A comment',
      '   that says left: 0 across lines */',
      'border-width: 0 0 5px 5px; /* physical: the tick is drawn the same way in every direction */',
      '@media (max-width: 40rem) {',
      'min-inline-size: calc(100% - 0px);',
      'inset-block-start: 11px;',
    ].join('\n');
    expect(findPhysical(source)).toEqual([]);
  });

  it('wants a reason in the comment', () => {
    expect(findPhysical('left: 0; /* physical: */')).toHaveLength(1);
  });
});

describe('component styles', () => {
  const files = styleFiles(src);

  it('are all read', () => {
    expect(files.some((file) => file.endsWith(path.join('styles', 'shared.styles.ts')))).toBe(true);
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [path.relative(src, file), file]))(
    '%s uses logical properties',
    (name, file) => {
      const findings = findPhysical(readFileSync(file, 'utf8'));
      const report = findings.map((f) => `  ${name}:${f.line}  ${f.text}  → use ${f.use}`).join('\n');
      expect(
        findings,
        `Physical directions do not mirror in right-to-left pages. Use logical properties, or add /* physical: <reason> */ to the line:\n${report}`,
      ).toEqual([]);
    },
  );
});
