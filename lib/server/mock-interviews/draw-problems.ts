import { AppError } from '../errors';
import { topicLabel } from '../../shared/topic-labels';
import { DIFFICULTIES, type DifficultyName, type DrawnProblem, type MockInterviewSettings } from '../../shared/mock-interviews';

export type DrawCandidate = { slug: string; topic: string; difficulty: DifficultyName; solved: boolean };

export type DrawProblemsOptions = Pick<MockInterviewSettings, 'topics' | 'problemCount' | 'mix'> & {
  /** the active catalog, with whether this candidate has solved each problem */
  catalog: DrawCandidate[];
  /** uniform in [0, 1); injectable so the draw can be tested */
  random?: () => number;
};

// the scarcest difficulties first, then the slots of any difficulty take what is left
const SLOT_ORDER: readonly DifficultyName[] = ['hard', 'medium', 'easy'];
const RANK = { easy: 0, medium: 1, hard: 2 } as const;

/**
 * Picks a mock interview's problems from the catalog: within the chosen topics, as many of each
 * difficulty as the mix asks and the rest of any difficulty, never the same problem twice. Each slot
 * prefers problems the candidate has not solved, and among those, topics the draw has not used yet;
 * between equals it picks at random. Problems come back easy to hard.
 */
export function drawProblems({ catalog, topics, problemCount, mix, random = Math.random }: DrawProblemsOptions): DrawnProblem[] {
  const eligible = topics.length === 0 ? catalog : catalog.filter((p) => topics.includes(p.topic));
  requireEnough(eligible, { topics, problemCount, mix });
  const slots: (DifficultyName | 'any')[] = [...SLOT_ORDER.flatMap((d) => Array<DifficultyName>(mix[d]).fill(d)), ...Array<'any'>(problemCount - mix.easy - mix.medium - mix.hard).fill('any')];
  const taken = new Set<string>();
  const usedTopics = new Set<string>();
  const drawn: DrawnProblem[] = [];
  for (const slot of slots) {
    const fits = eligible.filter((p) => !taken.has(p.slug) && (slot === 'any' || p.difficulty === slot));
    const unsolved = fits.filter((p) => !p.solved);
    const tier = unsolved.length > 0 ? unsolved : fits;
    const freshTopics = tier.filter((p) => !usedTopics.has(p.topic));
    const choices = freshTopics.length > 0 ? freshTopics : tier;
    const pick = choices[Math.min(choices.length - 1, Math.floor(random() * choices.length))]!;
    taken.add(pick.slug);
    usedTopics.add(pick.topic);
    drawn.push({ slug: pick.slug, topic: pick.topic, difficulty: pick.difficulty, slot, solvedBefore: pick.solved, pool: { unsolved: unsolved.length, solved: fits.length - unsolved.length } });
  }
  return drawn.map((p, i) => ({ p, i })).sort((a, b) => RANK[a.p.difficulty] - RANK[b.p.difficulty] || a.i - b.i).map(({ p }) => p);
}

/** Every slot can be filled when each difficulty has enough problems and so does the whole selection. */
function requireEnough(eligible: DrawCandidate[], { topics, problemCount, mix }: Pick<MockInterviewSettings, 'topics' | 'problemCount' | 'mix'>): void {
  const where = topics.length === 0 ? 'in the catalog' : `in ${topics.map(topicLabel).join(', ')}`;
  for (const difficulty of DIFFICULTIES) {
    const available = eligible.filter((p) => p.difficulty === difficulty).length;
    if (available < mix[difficulty]) {
      throw new AppError('bad_request', `There ${available === 1 ? 'is' : 'are'} only ${available} ${difficulty} ${available === 1 ? 'problem' : 'problems'} ${where}; ask for fewer or choose more topics.`, { mix: ['Not enough problems of this difficulty.'] });
    }
  }
  if (eligible.length < problemCount) {
    throw new AppError('bad_request', `There ${eligible.length === 1 ? 'is' : 'are'} only ${eligible.length} ${eligible.length === 1 ? 'problem' : 'problems'} ${where}; ask for fewer or choose more topics.`, { problemCount: ['Not enough problems in these topics.'] });
  }
}
