import { z } from 'zod';
import type { DifficultyMix, DrawnProblem } from '../../shared/mock-interviews';

const Difficulty = z.enum(['easy', 'medium', 'hard']);
const Count = z.number().int().min(0);

const StoredMix = z.object({ easy: Count, medium: Count, hard: Count });
const StoredDraw = z.array(
  z.object({ slug: z.string(), topic: z.string(), difficulty: Difficulty, slot: z.union([Difficulty, z.literal('any')]), solvedBefore: z.boolean(), pool: z.object({ unsolved: Count, solved: Count }) }),
);

/** The JSON columns of a MockInterview row, checked as they are read (the database is a boundary too). */
export function readMockRecord(row: { difficultyMix: unknown; draw: unknown }): { mix: DifficultyMix; draw: DrawnProblem[] } {
  return { mix: StoredMix.parse(row.difficultyMix), draw: StoredDraw.parse(row.draw) };
}
