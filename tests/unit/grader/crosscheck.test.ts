import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../grader/paths.ts';
import { crosscheckMarkdown } from '../../../grader/problems/crosscheck/crosscheck-markdown.ts';
import { numericDifferences } from '../../../grader/problems/crosscheck/differences.ts';
import { libraryMentions } from '../../../grader/problems/crosscheck/library-mentions.ts';
import { summarizePackage, type CaseOutcome } from '../../../grader/problems/crosscheck/summarize-package.ts';

const CATALOG = `# Problem catalog

### roc-auc — ROC curve with ties
- source: 004_62d21d0ce9ffba61.txt § 3.1
- topic: metrics
- difficulty: medium
- math: the trapezoid rule, as \`np.trapezoid\` (the doc's \`np.trapz\`) and sklearn \`roc_auc_score\` compute it.

### stable-softmax — Softmax
- source: 002_273e6087ab1c4c16.txt § 1
- topic: deep-learning
- difficulty: easy
- reference: plain TS.

### lstm-forward — LSTM
- source: 002_273e6087ab1c4c16.txt § 9
- topic: sequence-models
- difficulty: hard
- reference: gate order of PyTorch \`nn.LSTM\`; \`scipy.special.expit\` for σ.

## Document errors
- np.cov misuse in § 2 (not an entry)
`;

describe('libraryMentions', () => {
  it('collects the numpy, scipy, scikit-learn and PyTorch names of each entry and leaves out entries naming none', () => {
    const m = libraryMentions(CATALOG);
    expect([...m.keys()]).toEqual(['004:roc-auc', '002:lstm-forward']);
    expect(m.get('004:roc-auc')).toEqual(['np.trapezoid', 'np.trapz', 'sklearn']);
    expect(m.get('002:lstm-forward')).toEqual(['PyTorch', 'nn.LSTM', 'scipy.special.expit']);
  });

  it('stops an entry at the next heading, so a later section is not attributed to it', () => {
    expect(libraryMentions(CATALOG).get('002:lstm-forward')).not.toContain('np.cov');
  });
});

describe('numericDifferences', () => {
  it('reports the largest absolute and relative difference and where the absolute one is', () => {
    const d = numericDifferences({ a: [1, 2, 4], b: 10 }, { a: [1, 2.5, 4], b: 10.25 });
    expect(d).toMatchObject({ leaves: 4, maxAbs: 0.5, where: '.a[1]', atMax: { reference: 2, library: 2.5 } });
    expect(d.maxRel).toBe(0.25);
  });

  it('counts booleans as 0/1 and lists NaN or infinity against a number as a mismatch', () => {
    const d = numericDifferences([1, 0, NaN, Infinity], [true, false, 3, Infinity]);
    expect(d.maxAbs).toBe(0);
    expect(d.mismatches).toEqual(['[2]: reference NaN, library 3']);
  });

  it('gives no relative difference to values that are 0 up to rounding beside larger ones, but keeps a lone tiny value', () => {
    expect(numericDifferences([1, 1e-17], [1, 3e-17]).maxRel).toBe(0);
    expect(numericDifferences(1e-200, 1.1e-200).maxRel).toBeCloseTo(0.1, 12);
  });

  it('ignores leaves that have no counterpart (a shape difference is the comparison’s to report)', () => {
    expect(numericDifferences([1, 2, 3], [1, 2])).toMatchObject({ leaves: 2, maxAbs: 0 });
  });
});

describe('summarizePackage', () => {
  const tolerance = () => ({ rtol: 1e-9, atol: 1e-12 });
  const outcomes: CaseOutcome[] = [
    { name: 'close', status: 'compared', reference: [1, 2], library: [1, 2 + 1e-12] },
    { name: 'far', status: 'compared', reference: [1, 2], library: [1, 2.5] },
    { name: 'convention', status: 'compared', reference: 0, library: 7 },
    { name: 'bad input', status: 'both-reject', libraryError: 'ValueError: empty' },
    { name: 'ragged', status: 'library-accepts', library: [0], referenceError: 'ragged rows' },
    { name: 'one class', status: 'library-rejects', libraryError: 'ValueError: one class' },
    { name: 'k = 0', status: 'not-comparable', reason: 'sklearn needs k ≥ 1' },
  ];
  const s = summarizePackage('demo', { function: 'lib.f', note: null, explained: { convention: 'lib returns 7 there' } }, outcomes, tolerance);

  it('counts each kind of outcome', () => {
    expect(s).toMatchObject({ cases: 7, compared: 3, bothReject: 1, notComparable: { 'sklearn needs k ≥ 1': 1 } });
    expect(s.libraryAccepts).toEqual(['ragged: [0]']);
    expect(s.libraryRejects).toEqual(['one class: ValueError: one class']);
  });

  it('flags a case outside the declared tolerance, and marks a documented convention as explained', () => {
    expect(s.disagreements.map((d) => [d.caseName, d.explained])).toEqual([['far', undefined], ['convention', 'lib returns 7 there']]);
    expect(s.disagreements[0]!.values).toEqual({ reference: 2, library: 2.5 });
  });

  it('leaves explained cases out of the largest differences', () => {
    expect([s.maxAbs, s.maxAbsCase]).toEqual([0.5, 'far']);
  });

  it('writes the summary, the bug and the packages not yet covered into the report', () => {
    const md = crosscheckMarkdown({
      date: '2026-12-02', versions: { numpy: '1.24.2' }, checked: [s],
      inScope: new Map([['demo', ['sklearn']], ['other', ['scipy']], ['torchy', ['PyTorch']]]),
      notComparable: { torchy: 'PyTorch is not installed' },
    });
    expect(md).toContain('3 packages cite a catalog entry that names a library; 1 of them are checked');
    expect(md).toContain('**bug?** demo, “far”');
    expect(md).toContain('- torchy (catalog names PyTorch): PyTorch is not installed');
    expect(md).toMatch(/## Not yet covered\n\n- other \(catalog names scipy\)/);
  });
});

const PYTHON = '/usr/bin/python3';
const RUNNER = path.join(REPO_ROOT, 'grader/problems/crosscheck/crosscheck.py');
const hasLibraries = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import numpy, scipy, sklearn']).status === 0;

// importing scikit-learn takes seconds on a loaded machine
describe.skipIf(!hasLibraries)('crosscheck.py (numpy, scipy and scikit-learn present)', { timeout: 120_000 }, () => {
  it('registers adapters and reasons only for packages that exist, never both for one package', () => {
    const r = spawnSync(PYTHON, ['-B', RUNNER, '--registry'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const registry = JSON.parse(r.stdout) as { adapters: Record<string, unknown>; notComparable: Record<string, string> };
    for (const slug of [...Object.keys(registry.adapters), ...Object.keys(registry.notComparable)]) {
      expect(existsSync(path.join(REPO_ROOT, 'problems', slug, 'problem.md')), slug).toBe(true);
    }
    expect(Object.keys(registry.adapters).filter((slug) => slug in registry.notComparable)).toEqual([]);
  });

  it('runs an adapter on a batch and sorts its outcomes', () => {
    const batch = [{ slug: 'confusion-matrix', cases: [
      { name: 'two classes', args: [[0, 1, 1], [0, 1, 0], 2], reference: [[1, 0], [1, 1]] },
      { name: 'empty', args: [[], [], 2], reference: [[0, 0], [0, 0]] },
      { name: 'lengths differ', args: [[0, 1], [0], 2], referenceError: 'lengths differ' },
      { name: 'label out of range', args: [[0, 5], [0, 1], 2], referenceError: 'label 5 outside 0..1' },
    ] }];
    const r = spawnSync(PYTHON, ['-B', RUNNER], { input: JSON.stringify(batch), encoding: 'utf8' });
    expect(r.status).toBe(0);
    const [{ cases }] = JSON.parse(r.stdout) as [{ cases: Array<{ name: string; status: string; library?: unknown }> }];
    // sklearn drops labels outside `labels=` silently: only the reference rejects the last input
    expect(cases.map((c) => c.status)).toEqual(['compared', 'not-comparable', 'both-reject', 'library-accepts']);
    expect(cases[0]!.library).toEqual([[1, 0], [1, 1]]);
  });
});
