import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSimilarPairs } from '../../../lib/server/similarity/find-similar-pairs';
import { SIMILARITY_THRESHOLD } from '../../../lib/server/similarity/flag-similar-code';
import { tokenizePython } from '../../../lib/server/similarity/tokenize-python';
import { tokenizeTypeScript } from '../../../lib/server/similarity/tokenize-typescript';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const starter = (ext: 'ts' | 'py') => readFileSync(path.join(root, `problems/kmeans-lloyd/starter.${ext}`), 'utf8');

/** Every pair's similarity, whatever the threshold. */
function similarities(language: 'typescript' | 'python', ext: 'ts' | 'py', names: string[]) {
  const codes = names.map((id) => ({ id, code: fixture(`kmeans-${id}.${ext}`) }));
  const pairs = findSimilarPairs({ language, codes, starterCode: starter(ext), threshold: 0 });
  return Object.fromEntries(pairs.map((p) => [`${p.leftId}~${p.rightId}`, p.similarity]));
}

describe('similarity of final code (Dolos on our tokens), kmeans-lloyd', () => {
  // alice: the package's solution; copy-of-alice: renamed and reformatted; bob, carol: written independently
  it('flags a renamed and reformatted copy, and not two independent correct solutions (TypeScript)', () => {
    const s = similarities('typescript', 'ts', ['alice', 'copy-of-alice', 'bob', 'carol']);
    expect(s['alice~copy-of-alice']).toBeGreaterThan(0.85);
    for (const pair of ['alice~bob', 'alice~carol', 'bob~carol', 'copy-of-alice~bob', 'copy-of-alice~carol']) expect(s[pair], pair).toBeLessThan(0.3);
    expect(s['alice~copy-of-alice']).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(Math.max(s['alice~bob']!, s['alice~carol']!, s['bob~carol']!)).toBeLessThan(SIMILARITY_THRESHOLD);
  });

  it('flags a renamed and reformatted copy, and not an independent correct solution (Python)', () => {
    const s = similarities('python', 'py', ['alice', 'copy-of-alice', 'bob']);
    expect(s['alice~copy-of-alice']).toBeGreaterThan(0.85);
    expect(s['alice~bob']).toBeLessThan(0.3);
    expect(s['copy-of-alice~bob']).toBeLessThan(0.3);
  });

  it('shows the matching fragments on both sides, in each side’s own lines', () => {
    const [pair] = findSimilarPairs({ language: 'typescript', codes: [{ id: 'a', code: fixture('kmeans-alice.ts') }, { id: 'b', code: fixture('kmeans-copy-of-alice.ts') }], starterCode: starter('ts'), threshold: SIMILARITY_THRESHOLD });
    expect(pair!.fragments.length).toBeGreaterThan(0);
    const longest = pair!.fragments[0]!;
    const lines = { a: fixture('kmeans-alice.ts').split('\n').length, b: fixture('kmeans-copy-of-alice.ts').split('\n').length };
    expect(longest.left.endRow).toBeLessThan(lines.a);
    expect(longest.right.endRow).toBeLessThan(lines.b);
    expect(longest.kgrams).toBeGreaterThan(3);
  });

  it('excludes the starter code: candidates who kept what everyone was given are not alike for it', () => {
    const given = starter('ts');
    const codes = [
      { id: 'kept', code: given },
      { id: 'kept-too', code: given.replace('// TODO: repeat assign / update / stop test; then recompute labels and inertia\n', '') },
    ];
    expect(findSimilarPairs({ language: 'typescript', codes, starterCode: given, threshold: 0 })[0]!.similarity).toBe(0);
  });
});

describe('tokenizers', () => {
  it('TypeScript: names, literals, comments and layout do not change the tokens', () => {
    const a = tokenizeTypeScript('const total = xs.reduce((s, v) => s + v * 2, 0); // sum\nconst t = `n=${total}`;');
    const b = tokenizeTypeScript('const acc=values.reduce((a,b)=>a+b*7,0)\n;\n/* other */ const t2 = `k${acc}`;');
    expect(a.map((t) => t.token)).toEqual(b.map((t) => t.token));
    expect(a.map((t) => t.token)).toContain('=>');
    expect(a.map((t) => t.token)).toContain('<name>');
  });

  it('TypeScript: a regular expression is one token, and a division is not one', () => {
    expect(tokenizeTypeScript('const r = /a+b/g;').map((t) => t.token)).toEqual(['const', '<name>', '=', '<string>', ';']);
    expect(tokenizeTypeScript('const q = a / b / c;').map((t) => t.token)).toEqual(['const', '<name>', '=', '<name>', '/', '<name>', '/', '<name>', ';']);
  });

  it('Python: names, literals and comments do not change the tokens; the blocks do', () => {
    const a = tokenizePython('def f(x):\n    # twice\n    return x * 2\n');
    const b = tokenizePython('def double(value):\n    return value * 3  # thrice\n');
    expect(a.map((t) => t.token)).toEqual(b.map((t) => t.token));
    expect(a.map((t) => t.token)).toEqual(['def', '<name>', '(', '<name>', ')', ':', 'NEWLINE', 'INDENT', 'return', '<name>', '*', '<number>', 'NEWLINE']);
    const nested = tokenizePython('if a:\n    if b:\n        c()\nd()\n').map((t) => t.token);
    expect(nested.filter((t) => t === 'INDENT')).toHaveLength(2);
    expect(nested.filter((t) => t === 'DEDENT')).toHaveLength(2);
  });

  it('Python: brackets continue a line; strings of every kind are one token', () => {
    const tokens = tokenizePython('x = [1,\n     2]\ns = f"{x}" + r\'\\d\' + """a\nb"""\n').map((t) => t.token);
    expect(tokens).toEqual(['<name>', '=', '[', '<number>', ',', '<number>', ']', 'NEWLINE', '<name>', '=', '<string>', '+', '<string>', '+', '<string>', 'NEWLINE']);
  });
});
