export type DifficultyName = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly DifficultyName[] = ['easy', 'medium', 'hard'];

/** How many problems of each difficulty were asked for; the rest of the problems are of any difficulty. */
export type DifficultyMix = Record<DifficultyName, number>;

export type MockInterviewSettings = {
  /** empty: every topic */
  topics: string[];
  problemCount: number;
  mix: DifficultyMix;
  durationMinutes: number;
};

export const MAX_MOCK_PROBLEMS = 4;
export const MAX_MOCK_MINUTES = 90;
/** The shortest mock interview a server allows unless configured otherwise (MOCK_INTERVIEW_MIN_MINUTES). */
export const DEFAULT_MIN_MOCK_MINUTES = 15;

/** The ready-made mock interviews offered beside the custom form. */
export const MOCK_PRESETS = {
  'warm-up-20': { label: '20 min: 1 easy problem', settings: { topics: [], problemCount: 1, mix: { easy: 1, medium: 0, hard: 0 }, durationMinutes: 20 } },
  'ml-45': { label: '45 min: 2 medium ML problems', settings: { topics: [], problemCount: 2, mix: { easy: 0, medium: 2, hard: 0 }, durationMinutes: 45 } },
  'deep-learning-60': { label: '60 min: 2 deep learning problems, medium then hard', settings: { topics: ['deep-learning'], problemCount: 2, mix: { easy: 0, medium: 1, hard: 1 }, durationMinutes: 60 } },
  'full-loop-90': { label: '90 min: 4 problems, easy to hard', settings: { topics: [], problemCount: 4, mix: { easy: 1, medium: 2, hard: 1 }, durationMinutes: 90 } },
} as const satisfies Record<string, { label: string; settings: MockInterviewSettings }>;

export type MockPresetKey = keyof typeof MOCK_PRESETS;
export const MOCK_PRESET_KEYS = Object.keys(MOCK_PRESETS) as [MockPresetKey, ...MockPresetKey[]];

/** One problem of the draw, and why it was picked: kept with the attempt so it can be reviewed later. */
export type DrawnProblem = {
  slug: string;
  topic: string;
  difficulty: DifficultyName;
  /** the slot it filled: a difficulty asked for, or any */
  slot: DifficultyName | 'any';
  /** true only when every problem that fitted the slot had been solved already */
  solvedBefore: boolean;
  /** how many problems fitted the slot when it was drawn, unsolved and solved */
  pool: { unsolved: number; solved: number };
};

/** "2 medium, 1 any difficulty" */
export function describeMix(problemCount: number, mix: DifficultyMix): string {
  const any = problemCount - mix.easy - mix.medium - mix.hard;
  const parts = [...DIFFICULTIES.filter((d) => mix[d] > 0).map((d) => `${mix[d]} ${d}`), ...(any > 0 ? [`${any} of any difficulty`] : [])];
  return parts.join(', ');
}
