import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../grader/problems/catalog-coverage.ts';
import { checkCatalogCitations, readCatalogIndex } from '../../../grader/problems/catalog-index.ts';
import { parseExclusions } from '../../../grader/problems/coverage-exclusions.ts';
import { coverageMarkdown } from '../../../grader/problems/coverage-markdown.ts';
import { parseCatalogFile } from '../../../grader/problems/parse-catalog.ts';
import { findCatalogDir, readCatalog } from '../../../grader/problems/read-catalog.ts';

const CATALOG = `# Problem catalog from seeds 002 and 003

## Global conventions
### not an entry heading

## Problems from 002 — Deep learning

### stable-softmax — Numerically Stable Row-wise Softmax
- source: 002_273e6087ab1c4c16.txt § 1, lines 32–36
- topic: deep-learning
- difficulty: easy
- task: Compute the softmax of every row.
- signature: \`export function softmax(z: number[][]): number[][]\`, returning probabilities
- edge cases:
  - logits of ±1000.

## Problems from 003 — Case studies

### psi-csi — Population / Characteristic Stability Index
- source: 003_cec5c114ae5c75c4.txt § 87.2 key metrics (lines 476–480); 002_273e6087ab1c4c16.txt § 19
- topic: monitoring
- difficulty: medium
- signature: \`export function stabilityIndex(expected: number[][], actual: number[][], nBins: number): { psi: number[] }\`

### ndcg-at-k — NDCG@k for Ranked Lists
- source: 003_cec5c114ae5c75c4.txt § 87.3
- topic: metrics
- difficulty: easy
- signature: \`export function ndcgAtK(rel: number[], k: number): number\`
`;

const entries = parseCatalogFile('from-002-and-003.md', CATALOG);

describe('catalog parsing', () => {
  it('reads every "### slug — title" entry, its seed from its own source line, its part and a clean signature', () => {
    expect(entries.map((e) => [e.id, e.part])).toEqual([
      ['002:stable-softmax', 'Problems from 002 — Deep learning'],
      ['003:psi-csi', 'Problems from 003 — Case studies'],
      ['003:ndcg-at-k', 'Problems from 003 — Case studies'],
    ]);
    expect(entries[0]).toMatchObject({ title: 'Numerically Stable Row-wise Softmax', topic: 'deep-learning', difficulty: 'easy', signature: 'export function softmax(z: number[][]): number[][]' });
  });

  it('names the line of an entry whose source names no study sheet', () => {
    expect(() => parseCatalogFile('f.md', '## P\n\n### x-y — X\n- source: somewhere\n- topic: t\n- difficulty: easy\n')).toThrow('f.md:3 (x-y): no "- source:" line naming a study sheet file');
  });
});

describe('coverage exclusions', () => {
  it('takes one reason per entry', () => {
    const parsed = parseExclusions('"003:psi-csi":\n  same-as: psi-drift\n"003:ndcg-at-k":\n  out-of-scope: needs a search engine\n');
    expect([...parsed]).toEqual([
      ['003:psi-csi', { reason: 'same-as', detail: 'psi-drift' }],
      ['003:ndcg-at-k', { reason: 'out-of-scope', detail: 'needs a search engine' }],
    ]);
    expect(parseExclusions('# only comments\n').size).toBe(0);
  });

  it('rejects an unknown reason, two reasons, and a key that is no catalog id', () => {
    expect(() => parseExclusions('"003:psi-csi":\n  too-hard: yes\n')).toThrow(/003:psi-csi.*one of: same-as, not-a-function, unpinnable-randomness, out-of-scope/);
    expect(() => parseExclusions('"003:psi-csi":\n  same-as: psi-drift\n  out-of-scope: also\n')).toThrow('003:psi-csi');
    expect(() => parseExclusions('psi-csi:\n  same-as: psi-drift\n')).toThrow('psi-csi: not a catalog entry id');
  });
});

describe('catalog coverage', () => {
  it('maps every entry to the packages citing it or its exclusion, and lists the rest', () => {
    const packages = [{ slug: 'stable-softmax', catalog: ['002:stable-softmax'] }, { slug: 'attention-backward', catalog: [] }];
    const coverage = computeCoverage(entries, packages, parseExclusions('"003:psi-csi":\n  same-as: stable-softmax\n'));
    expect(coverage.errors).toEqual([]);
    expect(coverage.rows.map((r) => [r.entry.id, r.packages, r.exclusion?.reason])).toEqual([
      ['002:stable-softmax', ['stable-softmax'], undefined],
      ['003:psi-csi', [], 'same-as'],
      ['003:ndcg-at-k', [], undefined],
    ]);
    expect(coverage.unaccounted.map((e) => e.id)).toEqual(['003:ndcg-at-k']);
    expect(coverage.beyondCatalog).toEqual(['attention-backward']);
    const md = coverageMarkdown(coverage, [
      { slug: 'stable-softmax', title: 'Stable softmax', topic: 'deep-learning', difficulty: 'easy', source: [{ seed: '002_273e6087ab1c4c16.txt', section: '4.9 Activation Functions', lines: '32-36' }] },
      {
        slug: 'attention-backward',
        title: 'Attention | backward',
        topic: 'attention',
        difficulty: 'hard',
        source: [
          { seed: '002_273e6087ab1c4c16.txt', section: '12. Attention' },
          { seed: '004_x.txt', section: 'Transformers' },
          { seed: '002_273e6087ab1c4c16.txt', section: '13. Backprop' },
        ],
      },
    ]);
    expect(md).toContain(
      [
        '## Packages by topic',
        '',
        "2 packages; the sources are the study-sheet sections each one's front matter cites.",
        '',
        '### deep-learning (1)',
        '',
        '| package | title | difficulty | sources |',
        '|---|---|---|---|',
        '| [stable-softmax](stable-softmax/problem.md) | Stable softmax | easy | *ML Algorithm Templates*, “4.9 Activation Functions” |',
        '',
        '### attention (1)',
        '',
        '| package | title | difficulty | sources |',
        '|---|---|---|---|',
        '| [attention-backward](attention-backward/problem.md) | Attention \\| backward | hard | *ML Algorithm Templates*, “12. Attention”, “13. Backprop”; *Machine Learning Interview Study Sheet*, “Transformers” |',
        '',
      ].join('\n'),
    );
    expect(md).toContain('| implemented by a package | 1 (by 1 packages) |');
    expect(md).toContain('## Packages beyond the catalog\n\nThey cite no catalog entry.\n\n- [attention-backward](attention-backward/problem.md)');
    expect(md).toContain('| **not yet accounted for** | **1** |');
    expect(md).toContain('| `002:stable-softmax` | Numerically Stable Row-wise Softmax | [stable-softmax](stable-softmax/problem.md) |');
    expect(md).toContain('| `003:psi-csi` | Population / Characteristic Stability Index | same problem as [stable-softmax](stable-softmax/problem.md) |');
    expect(md).toContain('- `003:ndcg-at-k` NDCG@k for Ranked Lists (metrics, easy)');
  });

  it('reports citations of unknown entries, excluded entries that are also cited, and unknown same-as targets', () => {
    const exclusions = parseExclusions('"002:stable-softmax":\n  out-of-scope: not needed\n"003:psi-csi":\n  same-as: no-such-package\n"009:ghost":\n  out-of-scope: gone\n');
    const { errors } = computeCoverage(entries, [{ slug: 'stable-softmax', catalog: ['002:stable-softmax', '002:softmax-typo'] }], exclusions);
    expect(errors).toEqual([
      'problems/stable-softmax cites catalog entry 002:softmax-typo, which does not exist',
      '002:stable-softmax is both cited by stable-softmax and excluded',
      '003:psi-csi is the same problem as "no-such-package", which is neither a package nor a catalog entry',
      'the exclusion of 009:ghost names no catalog entry',
    ]);
  });
});

describe('the committed catalog index', () => {
  it('makes problems:check fail on a citation of an entry that does not exist', async () => {
    expect(await checkCatalogCitations(['002:stable-softmax', '004:softmax-stable'])).toEqual([]);
    expect(await checkCatalogCitations(['002:stable-softmax', '002:stable-sofmax'])).toEqual([expect.stringContaining('cites catalog entries that do not exist: 002:stable-sofmax')]);
    expect(await checkCatalogCitations([])).toEqual([]); // a problem beyond the catalog
  });

  const catalogDir = findCatalogDir();
  it.skipIf(catalogDir === null)('matches the catalog it was generated from (npm run problems:coverage refreshes it)', async () => {
    expect((await readCatalogIndex())!.entries).toEqual((await readCatalog(catalogDir!)).entries);
  });
});
