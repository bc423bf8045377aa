import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { REPO_ROOT } from '../paths.ts';

const SANDBOX_DIR = path.dirname(fileURLToPath(import.meta.url));

let cached: string | null = null;

/**
 * The child runs as plain JavaScript (one esbuild bundle of grader/sandbox) so it starts fast and
 * needs no TypeScript loader. The bundle is named by a hash of its sources, so an edit rebuilds it.
 */
export function childBundlePath(): string {
  if (cached !== null && existsSync(cached)) return cached;
  const hash = createHash('sha256');
  for (const name of readdirSync(SANDBOX_DIR).sort()) {
    if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(SANDBOX_DIR, name)));
  }
  // inside node_modules so that the bare import of isolated-vm resolves from the bundle
  const outDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'grader-sandbox');
  const outfile = path.join(outDir, `child-${hash.digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(outfile)) {
    mkdirSync(outDir, { recursive: true });
    const tmp = `${outfile}.${process.pid}.tmp`;
    buildSync({
      entryPoints: [path.join(SANDBOX_DIR, 'child-main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['isolated-vm'],
      outfile: tmp,
      logLevel: 'silent',
    });
    renameSync(tmp, outfile); // atomic: concurrent builders never see half a file
  }
  cached = outfile;
  return outfile;
}
