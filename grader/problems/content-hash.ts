import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';

/** Every file under a package folder, as paths relative to it ("mistakes/x.ts"). */
export async function listPackageFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listPackageFiles(path.join(dir, e.name), rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`; a match inside a comment only
// makes the hash cover one file more, never less
const IMPORT = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts'];

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** The npm package a bare specifier names ("@tensorflow/tfjs/dist/x" → "@tensorflow/tfjs"), or null for a Node built-in. */
function npmPackageName(specifier: string): string | null {
  if (specifier.startsWith('node:') || isBuiltin(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** "name@version" of an npm package as installed for `fromFile` (the nearest node_modules above it), or "name@?" */
function installedVersion(name: string, fromFile: string): string {
  for (let dir = path.dirname(fromFile); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (isFile(manifest)) return `${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?'}`;
    if (path.dirname(dir) === dir) return `${name}@?`;
  }
}

/** A module's imports: the files its relative imports resolve to, and the npm packages (name@version) it imports. */
async function importsOf(file: string): Promise<{ files: string[]; npm: string[] }> {
  const source = await readFile(file, 'utf8');
  const files: string[] = [];
  const npm: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const specifier = m[1] ?? m[2] ?? m[3]!;
    if (!specifier.startsWith('.')) {
      const name = npmPackageName(specifier);
      if (name) npm.push(installedVersion(name, file));
      continue;
    }
    const base = path.resolve(path.dirname(file), specifier.split('?')[0]!);
    const resolved = EXTENSIONS.map((ext) => base + ext).find(isFile);
    if (resolved) files.push(resolved);
  }
  return { files, npm };
}

/**
 * What a package's code depends on outside its folder, directly or through each other: the modules
 * (`grader/kit.ts`, `grader/reference-kit/float64.ts`, …, absolute paths) and the npm packages with their
 * installed versions (`@tensorflow/tfjs@4.22.0`), each sorted. A reference's result depends on them as much
 * as on the package's own files.
 */
async function dependenciesOf(dir: string): Promise<{ modules: string[]; npm: string[] }> {
  const root = path.resolve(dir);
  const inside = (file: string) => file.startsWith(root + path.sep);
  const queue = (await listPackageFiles(root)).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f)).map((f) => path.join(root, f));
  const seen = new Set(queue);
  const modules = new Set<string>();
  const npm = new Set<string>();
  while (queue.length > 0) {
    const imports = await importsOf(queue.pop()!);
    for (const name of imports.npm) npm.add(name);
    for (const imported of imports.files) {
      if (seen.has(imported) || imported.split(path.sep).includes('node_modules')) continue;
      seen.add(imported);
      if (!inside(imported)) modules.add(imported);
      queue.push(imported);
    }
  }
  return { modules: [...modules].sort(), npm: [...npm].sort() };
}

/** The modules outside a package folder that its code imports, directly or through each other, as absolute paths, sorted. */
export async function importedModules(dir: string): Promise<string[]> {
  return (await dependenciesOf(dir)).modules;
}

/**
 * Version of a problem package: a hash over every file's path and bytes, every module outside the folder
 * that its code imports (the grader's kit, reference-kit helpers) and the installed version of every npm
 * package they import (TensorFlow.js), so any change that can change an expected value (a test, the
 * reference, a shared helper, an upgraded dependency, the statement) gives a new version and invalidates
 * cached expected values.
 */
export async function packageContentHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const rel of (await listPackageFiles(dir)).sort()) {
    hash.update(rel).update('\0').update(await readFile(path.join(dir, rel))).update('\0');
  }
  const { modules, npm } = await dependenciesOf(dir);
  for (const file of modules) {
    hash.update(path.basename(file)).update('\0').update(await readFile(file)).update('\0');
  }
  // none for most packages: their versions stay what they were before npm packages were hashed
  for (const name of npm) hash.update(name).update('\0');
  return hash.digest('hex').slice(0, 16);
}
