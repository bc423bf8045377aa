import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SweptVerdict } from '../../scripts/verdict-sweep.ts';
import { getProblem, gradeSubmission, listProblemDirs, shutdownSandboxPool } from '../../grader/index.ts';
import { pythonRuntime } from '../../grader/python/python-runtime.ts';
import { HOSTILE_PYTHON_SUBMISSIONS } from '../security/python-hostile-submissions.ts';

const root = path.resolve(import.meta.dirname, '../..');
// the sweep grades the Python versions too where this machine has the runtime (CI has it: .ci/run)
const python = await pythonRuntime();

/** Pins a command to two cores where `taskset` exists, so the test means the same on a bigger machine. */
const TWO_CORES = (() => {
  try {
    execFileSync('taskset', ['-c', '0,1', 'true']);
    return ['taskset', '-c', '0,1'];
  } catch {
    return [];
  }
})();

function pinned(command: string, args: string[]): [string, string[]] {
  return TWO_CORES.length ? [TWO_CORES[0]!, [...TWO_CORES.slice(1), command, ...args]] : [command, args];
}

/**
 * The packages swept: every one (about 2,350 files; about seven minutes beside the CPU-bound processes on an
 * otherwise idle 2-core machine), or with LOAD_SWEEP=sample the flagships and every fourth package in slug order.
 */
const FLAGSHIPS = ['kmeans-lloyd', 'kmeans-plus-plus-init', 'scaled-dot-product-attention', 'multi-head-attention', 'mlp-backprop', 'adaboost-stumps', 'roc-auc', 'stable-softmax', 'logistic-regression-gd', 'layer-norm', 'batchnorm-backward', 'softmax-cross-entropy-grad'];
async function sweptSlugs(): Promise<string[]> {
  const slugs = (await listProblemDirs()).map((d) => path.basename(d));
  return process.env.LOAD_SWEEP === 'sample' ? slugs.filter((slug, i) => i % 4 === 0 || FLAGSHIPS.includes(slug)) : slugs;
}

/** The packages' solutions, alternatives, mistakes and starters (or only their starters), graded through the real grader. */
function sweepVerdicts(slugs: string[], startersOnly = false): Promise<SweptVerdict[]> {
  const [cmd, args] = pinned(process.execPath, ['--no-node-snapshot', '--import', 'tsx', 'scripts/verdict-sweep.ts', ...(startersOnly ? ['--starters'] : []), ...slugs]);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`verdict sweep exited with ${code}`));
      resolve(out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as SweptVerdict));
    });
  });
}

const hogs: ChildProcess[] = [];

function startHogs(n: number): void {
  for (let i = 0; i < n; i++) {
    const [cmd, args] = pinned(process.execPath, ['-e', 'for (;;) {}']);
    hogs.push(spawn(cmd, args, { stdio: 'ignore' }));
  }
}

function stopHogs(): void {
  for (const hog of hogs.splice(0)) hog.kill('SIGKILL');
}

afterAll(() => {
  stopHogs();
  shutdownSandboxPool();
});

const key = (v: SweptVerdict) => `${v.slug}/${v.file}`;

describe('verdicts do not depend on the machine’s load', () => {
  it('gives every solution, alternative, mistake and starter, in both languages, the same verdict idle and beside three CPU-bound processes on 2 cores', async () => {
    const slugs = await sweptSlugs();
    // idle verdicts: the declared ones for solutions, alternatives and mistakes (problems:check proves them
    // on an idle machine), a fresh idle run for the starters, which declare nothing
    const idleStarters = new Map((await sweepVerdicts(slugs, true)).map((v) => [key(v), v.verdict]));
    startHogs(3);
    let loaded: SweptVerdict[];
    try {
      loaded = await sweepVerdicts(slugs);
    } finally {
      stopHogs();
    }
    const idleOf = (v: SweptVerdict) => v.declared ?? idleStarters.get(key(v));
    const differing = loaded.filter((v) => v.verdict !== idleOf(v)).map((v) => `${key(v)}: idle ${idleOf(v)}, loaded ${v.verdict}`);
    console.log(`verdicts under load (${slugs.length} packages): ${loaded.length} compared, ${differing.length} differed${differing.length ? `\n  ${differing.join('\n  ')}` : ''}`);
    expect(new Set(loaded.map((v) => v.slug)).size).toBe(slugs.length);
    expect(loaded.filter((v) => v.file === 'starter.ts' || v.file === 'starter.py')).toHaveLength(idleStarters.size);
    if (python.available) expect(loaded.filter((v) => v.file === 'solution.py')).toHaveLength(slugs.length);
    expect(differing).toEqual([]);
  }, 1_800_000);

  it.runIf(python.available)('gives every hostile Python submission its verdict beside three CPU-bound processes on 2 cores', async () => {
    // time and memory verdicts come from CPU time and the address-space limit, whatever else the machine runs
    const problem = await getProblem('stable-softmax');
    startHogs(3);
    const differing: string[] = [];
    try {
      for (const h of HOSTILE_PYTHON_SUBMISSIONS) {
        const { verdict } = await gradeSubmission({ problem, code: h.code, language: 'python', mode: h.mode });
        if (verdict !== h.expect) differing.push(`${h.name}: expected ${h.expect}, loaded ${verdict}`);
      }
    } finally {
      stopHogs();
    }
    expect(differing).toEqual([]);
  }, 900_000);
});
