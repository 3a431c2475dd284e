#!/usr/bin/env node
// Checks what would be published: for every package in packages/*, packs it with pnpm (build
// first: pnpm run build:packages) and checks the tarball with
//   - publint (errors and warnings fail, suggestions are printed),
//   - attw, "Are the types wrong?", with the esm-only profile (Polis ships ESM only, so CommonJS
//     `require` resolution is out of scope),
//   - a content check: everything package.json `main`, `types`, `exports` and `customElements`
//     point to is in the tarball, and no test or story file is.
// Prints one line per check and `packs: N passed, M failed`; exits 1 on any failure.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = path.join(repoRoot, 'packages');
const attwBin = path.join(repoRoot, 'node_modules', '.bin', 'attw');

// Files that must never be published.
const FORBIDDEN = [
  /\.(test|spec|stories)\.[^/]*$/, // button.test.js, button.stories.d.ts, …
  /(^|\/)(test|tests|__tests__|__snapshots__|stories)\//, // test folders
  /(^|\/)\.storybook\//,
];

function run(command, args, options) {
  return new Promise((resolve) => {
    execFile(command, args, { maxBuffer: 256 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, error });
    });
  });
}

/** Lists a .tgz without external tools: gunzip, then walk the 512-byte tar headers. */
function readTarball(buffer) {
  const tar = gunzipSync(buffer);
  const files = new Map();
  let offset = 0;
  let longName = null;
  const field = (start, length) => {
    const raw = tar.subarray(offset + start, offset + start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
  };
  while (offset + 512 <= tar.length) {
    if (tar.subarray(offset, offset + 512).every((byte) => byte === 0)) break;
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    let name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') {
      const match = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (match) longName = match[1];
    } else if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '');
    } else {
      if (longName) name = longName;
      longName = null;
      if (type === '0' || type === '\0') files.set(name.replace(/^[^/]+\//, ''), body);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Every file path that `exports` (any condition, any depth) points to. */
function exportTargets(exportsField, key = '.') {
  if (exportsField == null) return [];
  if (typeof exportsField === 'string') return [{ key, target: exportsField }];
  if (Array.isArray(exportsField)) return exportsField.flatMap((value) => exportTargets(value, key));
  return Object.entries(exportsField).flatMap(([k, value]) =>
    exportTargets(value, k.startsWith('.') ? k : key),
  );
}

// Export targets that are assets, not modules (no types to check).
const ASSET = /\.(css|scss|woff2?|svg|png|jpe?g|gif|webp|avif)$/;

const normalise = (file) => file.replace(/^\.\//, '');

function contentProblems(pkg, files) {
  const problems = [];
  const names = [...files.keys()];
  const has = (target) => {
    const file = normalise(target);
    if (!file.includes('*')) return files.has(file);
    const pattern = new RegExp(
      `^${file
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+')}$`,
    );
    return names.some((name) => pattern.test(name));
  };
  const wanted = [
    ...['main', 'module', 'types', 'typings', 'customElements']
      .filter((field) => typeof pkg[field] === 'string')
      .map((field) => ({ where: field, target: pkg[field] })),
    ...exportTargets(pkg.exports).map(({ key, target }) => ({ where: `exports["${key}"]`, target })),
  ];
  for (const { where, target } of wanted) {
    if (target === null) continue; // `null` exports block a subpath on purpose
    if (!has(target)) problems.push(`${where} → ${target} is not in the tarball`);
  }
  for (const name of names) {
    if (FORBIDDEN.some((pattern) => pattern.test(name))) problems.push(`must not be published: ${name}`);
  }
  return { problems, checked: wanted.length };
}

async function checkPackage(dir, workDir, results) {
  const label = path.relative(repoRoot, dir);
  const record = (tool, ok, detail = [], note = '') => {
    results.push({ label, tool, ok });
    console.log(`${ok ? 'PASS' : 'FAIL'} ${tool.padEnd(8)} ${label}${note ? ` (${note})` : ''}`);
    for (const line of detail) console.log(`       ${line.replaceAll('\n', '\n       ')}`);
  };

  const packed = await run('pnpm', ['pack', '--pack-destination', workDir, '--json'], { cwd: dir });
  let tarballPath;
  try {
    tarballPath = JSON.parse(packed.stdout).filename;
  } catch {
    tarballPath = null;
  }
  if (packed.code !== 0 || !tarballPath) {
    record('pack', false, [(packed.stderr || packed.stdout).trim().split('\n').slice(-10).join('\n')]);
    for (const tool of ['publint', 'attw', 'contents']) record(tool, false, ['not run: pnpm pack failed']);
    return;
  }
  const tarball = await readFile(tarballPath);
  const kib = `${(tarball.length / 1024).toFixed(1)} KiB packed`;

  // publint, on the tarball exactly as it would be published.
  try {
    const bytes = tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball: bytes }, level: 'suggestion' });
    const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code} [${m.code}]`);
    const failing = messages.filter((m) => m.type === 'error' || m.type === 'warning');
    const note = messages.length
      ? `${failing.length} errors/warnings, ${messages.length - failing.length} suggestions`
      : kib;
    record('publint', failing.length === 0, lines, note);
  } catch (error) {
    record('publint', false, [String(error?.stack ?? error)]);
  }

  // attw: exit 0 = no problem under the profile, 1 = problems, anything else = attw itself failed.
  // Subpaths that only export assets (CSS) are not modules: TypeScript cannot resolve them, so
  // attw would report NoResolution. They are left out of attw (the contents check still covers them).
  let assetSubpaths = [];
  try {
    const packedPkg = JSON.parse(readTarball(tarball).get('package.json')?.toString('utf8') ?? '{}');
    const bySubpath = new Map();
    for (const entry of exportTargets(packedPkg.exports)) {
      bySubpath.set(entry.key, [...(bySubpath.get(entry.key) ?? []), entry]);
    }
    assetSubpaths = [...bySubpath]
      .filter(([, targets]) => targets.every(({ target }) => target === null || ASSET.test(target)))
      .map(([key]) => key);
  } catch {
    // the contents check reports an unreadable tarball
  }
  const attwArgs = [tarballPath, '--profile', 'esm-only', '--format', 'json'];
  if (assetSubpaths.length) attwArgs.push('--exclude-entrypoints', ...assetSubpaths);
  const attw = await run(attwBin, attwArgs, { cwd: workDir });
  let analysis = null;
  try {
    analysis = JSON.parse(attw.stdout);
  } catch {
    // reported below
  }
  if (!analysis || (attw.code !== 0 && attw.code !== 1)) {
    record('attw', false, [
      `attw exited ${attw.code}: ${(attw.stderr || attw.stdout).trim().slice(0, 2000)}`,
    ]);
  } else {
    const ignored = new Set(['node10', 'node16-cjs']); // the esm-only profile
    const problems = (analysis.analysis?.problems ?? []).filter(
      (p) => !('resolutionKind' in p) || !ignored.has(p.resolutionKind),
    );
    const lines = problems.map(
      (p) =>
        `${p.kind}${p.entrypoint ? ` in "${p.entrypoint}"` : ''}${p.resolutionKind ? ` (${p.resolutionKind})` : ''}${p.fileName ? ` ${p.fileName}` : ''}`,
    );
    const entrypoints = Object.keys(analysis.analysis?.entrypoints ?? {}).length;
    const typed = analysis.analysis?.types ? '' : ', package has no types';
    if (attw.code === 1 && lines.length === 0)
      lines.push('attw reported problems (see: attw <tarball> --profile esm-only)');
    const skipped = assetSubpaths.length ? `; CSS assets not type-checked: ${assetSubpaths.join(', ')}` : '';
    record('attw', attw.code === 0, lines, `${entrypoints} entrypoints, esm-only${typed}${skipped}`);
  }

  // Contents: what package.json points to is there; tests and stories are not.
  try {
    const files = readTarball(tarball);
    const pkgFile = files.get('package.json');
    if (!pkgFile) throw new Error('package.json missing from the tarball');
    const { problems, checked } = contentProblems(JSON.parse(pkgFile.toString('utf8')), files);
    record('contents', problems.length === 0, problems, `${files.size} files, ${checked} entry targets`);
  } catch (error) {
    record('contents', false, [String(error?.message ?? error)]);
  }
}

async function main() {
  const started = Date.now();
  const workDir = await mkdtemp(path.join(tmpdir(), 'polis-packs-'));
  const results = [];
  try {
    const dirs = [];
    for (const name of (await readdir(packagesDir)).sort()) {
      const dir = path.join(packagesDir, name);
      if (await stat(path.join(dir, 'package.json')).catch(() => null)) dirs.push(dir);
    }
    for (const dir of dirs) await checkPackage(dir, workDir, results);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`packs: ${results.length - failed} passed, ${failed} failed`);
  return failed > 0 || results.length === 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
