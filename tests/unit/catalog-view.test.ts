import { beforeAll, describe, expect, it } from 'vitest';
import { listProblems } from '../../grader/problems/list-problems.ts';
import type { ProblemMeta } from '../../grader/problems/load-problem.ts';
import { filterCatalog, groupByTopic, matchesSearch, CatalogFilter, type CatalogEntry } from '../../lib/shared/catalog-view';

const entry = (slug: string, topic: string, difficulty: CatalogEntry['difficulty'], teaches: string[], title = slug, status: CatalogEntry['status'] = 'new'): CatalogEntry => ({ slug, title, topic, difficulty, status, teaches, languages: ['typescript', 'python'] });

const entries = [
  entry('mlp-backprop', 'deep-learning', 'hard', ['backpropagation', 'chain rule'], 'Backpropagation through a ReLU MLP'),
  entry('roc-auc', 'metrics', 'medium', ['roc curve', 'auc'], 'ROC curve and AUC with tied scores', 'solved'),
  entry('kmeans-lloyd', 'clustering', 'medium', ['k-means', 'centroids'], "K-means (Lloyd's algorithm)"),
  entry('regression-metrics', 'metrics', 'easy', ['mse', 'r²'], 'Regression metrics', 'attempted'),
  entry('multi-head-attention', 'attention', 'hard', ['transformer'], 'Multi-head attention (forward)'),
];

describe('catalog search', () => {
  it('finds a problem by what it teaches, its title, slug or topic, ignoring case, spaces and punctuation', () => {
    const search = (q: string) => filterCatalog(entries, { q }).map((e) => e.slug);
    expect(search('backprop')).toEqual(['mlp-backprop']); // a prefix of "backpropagation"
    expect(search('AUC')).toEqual(['roc-auc']);
    expect(search('attention')).toEqual(['multi-head-attention']); // topic and title
    expect(search('Attention')).toEqual(search('attention'));
    expect(search('kmeans')).toEqual(['kmeans-lloyd']);
    expect(search('K means centroids')).toEqual(['kmeans-lloyd']); // every word must match
    expect(search('r2')).toEqual(['regression-metrics']); // "r²" folds to "r2"
    expect(search('Clustering')).toEqual(['kmeans-lloyd']);
    expect(search('   ')).toHaveLength(entries.length);
    expect(search('no such thing')).toEqual([]);
  });

  it('combines search with topic, difficulty and status filters', () => {
    expect(filterCatalog(entries, { topic: 'metrics' }).map((e) => e.slug)).toEqual(['roc-auc', 'regression-metrics']);
    expect(filterCatalog(entries, { topic: 'metrics', difficulty: 'easy' }).map((e) => e.slug)).toEqual(['regression-metrics']);
    expect(filterCatalog(entries, { status: 'solved', q: 'auc' }).map((e) => e.slug)).toEqual(['roc-auc']);
    expect(filterCatalog(entries, { status: 'solved', q: 'mse' })).toEqual([]);
  });

  it('reads filters from the URL and drops what is malformed', () => {
    expect(CatalogFilter.parse({ q: ' auc ', topic: 'metrics', difficulty: 'extreme', status: ['new', 'solved'] })).toEqual({ q: 'auc', topic: 'metrics' });
  });
});

describe('topic groups', () => {
  it('groups by topic label, easy to hard then by title, with counts per difficulty', () => {
    const groups = groupByTopic(entries);
    expect(groups.map((g) => g.label)).toEqual(['Attention', 'Clustering', 'Deep learning', 'Metrics']);
    const metrics = groups.find((g) => g.topic === 'metrics')!;
    expect(metrics.entries.map((e) => e.slug)).toEqual(['regression-metrics', 'roc-auc']);
    expect(metrics.counts).toEqual({ easy: 1, medium: 1, hard: 0 });
  });
});

describe('the packages', () => {
  // every package's front matter, read once (~200 packages: seconds on a loaded machine, hence the hook's own limit)
  let problems: ProblemMeta[] = [];
  beforeAll(async () => {
    ({ problems } = await listProblems());
  }, 60_000);

  it('are found by the searches candidates make: backprop, attention, AUC, gradient', () => {
    const found = (q: string) => problems.filter((p) => matchesSearch(p, q)).map((p) => p.slug);
    expect(found('backprop')).toEqual(expect.arrayContaining(['mlp-backprop', 'batchnorm-backward', 'maxpool2d-forward-backward', 'softmax-cross-entropy-grad']));
    expect(found('attention')).toEqual(expect.arrayContaining(['scaled-dot-product-attention', 'multi-head-attention', 'sinusoidal-positional-encoding']));
    // the library grows: other packages may teach AUC too, but the search stays specific
    expect(found('AUC')).toEqual(expect.arrayContaining(['roc-auc', 'gini-ks-statistic']));
    expect(found('AUC')).not.toContain('kmeans-lloyd');
    expect(found('AUC').length).toBeLessThan(problems.length / 10);
    expect(found('gradient')).toEqual(expect.arrayContaining(['mlp-backprop', 'logistic-regression-gd', 'activation-functions', 'gradient-boosting-stumps']));
  });

  it('each declare at least two keywords of what they teach', () => {
    for (const p of problems) expect(p.teaches.length, p.slug).toBeGreaterThanOrEqual(2);
  }, 60_000); // reads every package (260+): seconds on a loaded 2-core machine
});
