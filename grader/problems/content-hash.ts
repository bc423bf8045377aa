import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
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

/** The files a module's relative imports resolve to; bare specifiers (npm packages) are not followed. */
async function relativeImports(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const specifier = m[1] ?? m[2] ?? m[3]!;
    if (!specifier.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), specifier.split('?')[0]!);
    const resolved = EXTENSIONS.map((ext) => base + ext).find(isFile);
    if (resolved) out.push(resolved);
  }
  return out;
}

/**
 * The modules outside a package folder that its code imports, directly or through each other
 * (`grader/kit.ts`, `grader/reference-kit/float64.ts`, …), as absolute paths, sorted. A reference's
 * result depends on them as much as on the package's own files.
 */
export async function importedModules(dir: string): Promise<string[]> {
  const root = path.resolve(dir);
  const inside = (file: string) => file.startsWith(root + path.sep);
  const queue = (await listPackageFiles(root)).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f)).map((f) => path.join(root, f));
  const seen = new Set(queue);
  const outside = new Set<string>();
  while (queue.length > 0) {
    for (const imported of await relativeImports(queue.pop()!)) {
      if (seen.has(imported) || imported.split(path.sep).includes('node_modules')) continue;
      seen.add(imported);
      if (!inside(imported)) outside.add(imported);
      queue.push(imported);
    }
  }
  return [...outside].sort();
}

/**
 * Version of a problem package: a hash over every file's path and bytes, plus every module outside the
 * folder that its code imports (the grader's kit, reference-kit helpers), so any edit that can change an
 * expected value (a test, the reference, a shared helper, the statement) gives a new version and
 * invalidates cached expected values.
 */
export async function packageContentHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const rel of (await listPackageFiles(dir)).sort()) {
    hash.update(rel).update('\0').update(await readFile(path.join(dir, rel))).update('\0');
  }
  for (const file of await importedModules(dir)) {
    hash.update(path.basename(file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
