import { describe, expect, it } from 'vitest';
import { encodePythonArgs } from '../../../grader/python/python-args.ts';
import { annotationType, parsePythonSignature, snakeCase } from '../../../grader/python/python-signature.ts';
import { refusedSyscalls, runnerFilter, sandboxFilter } from '../../../grader/python/seccomp-filter.ts';
import { parseMistakeHeader } from '../../../grader/problems/mistake-header.ts';
import { languageOfFile } from '../../../grader/languages.ts';
import { booleansAsNumbers } from '../../../grader/python/booleans-as-numbers.ts';

describe('snakeCase', () => {
  it('treats a run of capitals as one word', () => {
    expect(snakeCase('rocAuc')).toBe('roc_auc');
    expect(snakeCase('averagedPRF')).toBe('averaged_prf');
    expect(snakeCase('twoProportionZTest')).toBe('two_proportion_z_test');
    expect(snakeCase('maxPool2d')).toBe('max_pool2d');
    expect(snakeCase('tTest')).toBe('t_test');
    expect(snakeCase('classWeightedCE')).toBe('class_weighted_ce');
    expect(snakeCase('softmax')).toBe('softmax');
  });
});

describe('parsePythonSignature', () => {
  const starter = `from typing import TypedDict

class Options(TypedDict):
    epochs: int
    rate: float  # learning rate


def kmeans(
    X: list[list[float]],  # points
    init_centroids: "list[list[float]]",
    max_iters: int,
    labels: Optional[list[int]] = None,
    opts: Options | None = None,
    *,
    mask: list[list[int]] | None = None,
) -> dict[str, float]:
    return {}
`;

  it('reads names, annotations and the return type across lines', () => {
    const sig = parsePythonSignature(starter, 'kmeans')!;
    expect(sig.params.map((p) => p.name)).toEqual(['X', 'init_centroids', 'max_iters', 'labels', 'opts', 'mask']);
    expect(sig.returns).toBe('dict[str, float]');
    expect(sig.text.startsWith('def kmeans(')).toBe(true);
    expect(sig.text.endsWith(':')).toBe(true);
  });

  it('turns annotations into int/float conversions', () => {
    const [X, init, maxIters, labels, opts, mask] = parsePythonSignature(starter, 'kmeans')!.params.map((p) => p.type);
    expect(X).toEqual({ kind: 'list', of: { kind: 'list', of: { kind: 'float' } } });
    expect(init).toEqual(X);
    expect(maxIters).toEqual({ kind: 'int' });
    expect(labels).toEqual({ kind: 'list', of: { kind: 'int' } });
    expect(opts).toEqual({ kind: 'fields', fields: { epochs: { kind: 'int' }, rate: { kind: 'float' } } });
    expect(mask).toEqual({ kind: 'list', of: { kind: 'list', of: { kind: 'int' } } });
  });

  it('leaves unknown or mixed annotations as they are', () => {
    expect(annotationType(null)).toEqual({ kind: 'other' });
    expect(annotationType('int | float')).toEqual({ kind: 'other' });
    expect(annotationType("Literal['a', 'b']")).toEqual({ kind: 'other' });
    expect(annotationType('tuple[int, int]')).toEqual({ kind: 'list', of: { kind: 'int' } });
    expect(annotationType('dict[str, int]')).toEqual({ kind: 'dict', of: { kind: 'int' } });
  });

  it('finds only a top-level def', () => {
    expect(parsePythonSignature('class A:\n    def f(self, x):\n        pass\n', 'f')).toBeNull();
    expect(parsePythonSignature('def f(x:\n', 'f')).toBeNull();
  });
});

describe('encodePythonArgs', () => {
  it('marks whole numbers as int only where the annotation says int', () => {
    const e = encodePythonArgs([[[1, 2], [3, 4]], 3, [0, 1, 1], 2, [1, 2.5]], [
      { kind: 'list', of: { kind: 'list', of: { kind: 'float' } } },
      { kind: 'int' },
      { kind: 'list', of: { kind: 'int' } },
      { kind: 'float' },
      { kind: 'list', of: { kind: 'int' } },
    ]);
    expect(JSON.parse(e.skeleton)).toEqual([[{ '#a': [0, 2] }, { '#a': [2, 2] }], { '#i': 4 }, { '#ai': [5, 3] }, { '#': 8 }, { '#a': [9, 2] }]);
    expect(Array.from(e.numbers)).toEqual([1, 2, 3, 4, 3, 0, 1, 1, 2, 1, 2.5]);
  });

  it('keeps NaN and infinities as floats and converts dict fields by their TypedDict types', () => {
    const e = encodePythonArgs([[NaN, Infinity], { k: 2, x: 2 }, null, 'macro', true], [
      { kind: 'list', of: { kind: 'int' } },
      { kind: 'fields', fields: { k: { kind: 'int' } } },
    ]);
    expect(JSON.parse(e.skeleton)).toEqual([{ '#a': [0, 2] }, { '#o': { k: { '#i': 2 }, x: { '#': 3 } } }, null, 'macro', true]);
  });
});

describe('the seccomp programs', () => {
  const insns = (program: Buffer) => Array.from({ length: program.length / 8 }, (_, i) => ({ code: program.readUInt16LE(i * 8), k: program.readUInt32LE(i * 8 + 4) }));

  it('check the architecture first and kill anything that is not native x86-64', () => {
    for (const program of [sandboxFilter(), runnerFilter()]) {
      const [ldArch, jeqArch, kill] = insns(program);
      expect(ldArch).toEqual({ code: 0x20, k: 4 });
      expect(jeqArch!.k).toBe(0xc000003e);
      expect(kill).toEqual({ code: 0x06, k: 0x80000000 });
      expect(insns(program).at(-1)).toEqual({ code: 0x06, k: 0x7fff0000 });
    }
  });

  it('refuse what a solution never needs', () => {
    const { sandbox, runner } = refusedSyscalls();
    expect(sandbox).toEqual(expect.arrayContaining(['socket', 'ptrace', 'mount', 'keyctl', 'bpf', 'unshare', 'setns', 'io_uring_setup']));
    expect(runner).toEqual(expect.arrayContaining(['clone', 'fork', 'execve', 'kill', 'tgkill', 'openat', 'unlink', 'memfd_create']));
  });
});

describe('Python conventions', () => {
  it('reads mistake headers written as Python comments', () => {
    expect(parseMistakeHeader('# expect: wrong_answer\n# mistake: no max shift\n# caught-by: logits of ±1000\n', 'mistakes/x.py')).toEqual({
      expect: 'wrong_answer',
      description: 'no max shift',
      caughtBy: 'logits of ±1000',
    });
    expect(() => parseMistakeHeader('// expect: wrong_answer\n', 'mistakes/x.py')).toThrow(/# expect/);
  });

  it('takes the language from the extension', () => {
    expect(languageOfFile('a/b/solution.py')).toBe('python');
    expect(languageOfFile('solution.ts')).toBe('typescript');
    expect(languageOfFile('solution.js')).toBeNull();
  });

  it('counts booleans as 1/0 only where a number is expected', () => {
    const coerced = booleansAsNumbers({ significant: true, flags: [true, false], name: true }, { kind: 'value', value: { significant: 1, flags: [1, 0], name: true } });
    expect(coerced).toEqual({ significant: 1, flags: [1, 0], name: true });
  });
});

describe('the web side names the same languages', () => {
  it('as the grader', async () => {
    const { LANGUAGE_NAMES } = await import('../../../lib/shared/languages.ts');
    const { LANGUAGES } = await import('../../../grader/languages.ts');
    expect([...LANGUAGE_NAMES]).toEqual([...LANGUAGES]);
  });

  it('takes Python availability from what npm start found, and is off without it', async () => {
    const { pythonAvailability } = await import('../../../lib/server/runtime/python-availability.ts');
    expect(pythonAvailability({ GRADER_PYTHON: 'available' })).toEqual({ available: true });
    expect(pythonAvailability({ GRADER_PYTHON: 'unavailable', GRADER_PYTHON_DETAIL: '/usr/bin/python3 cannot import numpy' })).toMatchObject({
      available: false,
      reason: '/usr/bin/python3 cannot import numpy',
      hint: expect.stringContaining('apt-get install python3-numpy bubblewrap'),
    });
    expect(pythonAvailability({})).toMatchObject({ available: false });
  });
});
