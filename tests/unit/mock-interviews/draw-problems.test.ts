import { describe, expect, it } from 'vitest';
import { drawProblems, type DrawCandidate } from '../../../lib/server/mock-interviews/draw-problems';
import { isAppError } from '../../../lib/server/errors';

/** A reproducible stand-in for Math.random (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const p = (slug: string, topic: string, difficulty: DrawCandidate['difficulty'], solved = false): DrawCandidate => ({ slug, topic, difficulty, solved });

const CATALOG: DrawCandidate[] = [
  p('softmax', 'deep-learning', 'easy', true),
  p('relu', 'deep-learning', 'easy'),
  p('layer-norm', 'deep-learning', 'medium', true),
  p('attention', 'attention', 'medium'),
  p('beam-search', 'sequence-models', 'medium'),
  p('adam', 'optimizers', 'medium', true),
  p('transformer-block', 'attention', 'hard'),
  p('kmeans', 'clustering', 'easy'),
  p('auc', 'metrics', 'easy', true),
];

const none = { easy: 0, medium: 0, hard: 0 };

function errorOf(run: () => unknown): { message: string; fieldErrors?: Record<string, string[]> } {
  try {
    run();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected the draw to be refused');
}

describe('drawProblems', () => {
  it('draws as many of each difficulty as the mix asks, and the rest of any difficulty, never twice the same', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const drawn = drawProblems({ catalog: CATALOG, topics: [], problemCount: 4, mix: { easy: 1, medium: 1, hard: 1 }, random: seeded(seed) });
      expect(drawn).toHaveLength(4);
      expect(new Set(drawn.map((d) => d.slug)).size).toBe(4);
      expect(drawn.filter((d) => d.slot === 'hard').map((d) => d.difficulty)).toEqual(['hard']);
      expect(drawn.filter((d) => d.slot === 'medium').map((d) => d.difficulty)).toEqual(['medium']);
      expect(drawn.filter((d) => d.slot === 'easy').map((d) => d.difficulty)).toEqual(['easy']);
      expect(drawn.filter((d) => d.slot === 'any')).toHaveLength(1);
    }
  });

  it('prefers problems the candidate has not solved', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const drawn = drawProblems({ catalog: CATALOG, topics: [], problemCount: 3, mix: { easy: 1, medium: 2, hard: 0 }, random: seeded(seed) });
      expect(drawn.every((d) => !d.solvedBefore)).toBe(true);
      expect(drawn.map((d) => d.slug)).not.toContain('adam');
      expect(drawn.map((d) => d.slug)).not.toContain('layer-norm');
    }
  });

  it('falls back to solved problems only when every fitting problem is solved, and says so', () => {
    const drawn = drawProblems({ catalog: CATALOG, topics: ['deep-learning'], problemCount: 2, mix: { easy: 0, medium: 1, hard: 0 }, random: seeded(3) });
    const medium = drawn.find((d) => d.slot === 'medium')!;
    expect(medium).toMatchObject({ slug: 'layer-norm', solvedBefore: true, pool: { unsolved: 0, solved: 1 } });
    const any = drawn.find((d) => d.slot === 'any')!;
    expect(any).toMatchObject({ slug: 'relu', solvedBefore: false, pool: { unsolved: 1, solved: 1 } });
  });

  it('keeps to the chosen topics', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const drawn = drawProblems({ catalog: CATALOG, topics: ['attention', 'clustering'], problemCount: 3, mix: none, random: seeded(seed) });
      expect(drawn.map((d) => d.slug).sort()).toEqual(['attention', 'kmeans', 'transformer-block']);
    }
  });

  it('spreads the draw over topics when it can', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const drawn = drawProblems({ catalog: CATALOG, topics: [], problemCount: 2, mix: { easy: 0, medium: 2, hard: 0 }, random: seeded(seed) });
      // the unsolved mediums are in attention and sequence models: one of each
      expect(drawn.map((d) => d.topic).sort()).toEqual(['attention', 'sequence-models']);
    }
  });

  it('returns the problems easy to hard', () => {
    const drawn = drawProblems({ catalog: CATALOG, topics: [], problemCount: 3, mix: { easy: 1, medium: 1, hard: 1 }, random: seeded(9) });
    expect(drawn.map((d) => d.difficulty)).toEqual(['easy', 'medium', 'hard']);
  });

  it('gives every unsolved problem that fits a chance', () => {
    const seen = new Set<string>();
    const random = seeded(42);
    for (let i = 0; i < 200; i++) for (const d of drawProblems({ catalog: CATALOG, topics: [], problemCount: 1, mix: { easy: 1, medium: 0, hard: 0 }, random })) seen.add(d.slug);
    expect([...seen].sort()).toEqual(['kmeans', 'relu']);
  });

  it('refuses a mix the chosen topics cannot fill, saying how many there are', () => {
    const tooHard = errorOf(() => drawProblems({ catalog: CATALOG, topics: ['attention'], problemCount: 2, mix: { easy: 0, medium: 0, hard: 2 } }));
    expect(tooHard.message).toBe('There is only 1 hard problem in Attention; ask for fewer or choose more topics.');
    expect(tooHard.fieldErrors).toHaveProperty('mix');
    const tooMany = errorOf(() => drawProblems({ catalog: CATALOG, topics: ['clustering', 'metrics'], problemCount: 3, mix: none }));
    expect(tooMany.message).toBe('There are only 2 problems in Clustering, Metrics; ask for fewer or choose more topics.');
    expect(tooMany.fieldErrors).toHaveProperty('problemCount');
    expect(errorOf(() => drawProblems({ catalog: CATALOG, topics: ['no-such-topic'], problemCount: 1, mix: none })).message).toMatch(/only 0 problems/);
  });

  it('is the same draw for the same random numbers', () => {
    const settings = { catalog: CATALOG, topics: [], problemCount: 4, mix: { easy: 1, medium: 1, hard: 0 } };
    expect(drawProblems({ ...settings, random: seeded(7) })).toEqual(drawProblems({ ...settings, random: seeded(7) }));
  });
});
