import { z } from 'zod';
import { MAX_MOCK_MINUTES, MAX_MOCK_PROBLEMS, MOCK_PRESET_KEYS } from '../../shared/mock-interviews';

const Count = (label: string, max: number) =>
  z.preprocess((value) => (value === '' || value === undefined ? 0 : value), z.coerce.number({ message: `Enter ${label} as a number.` }).int('Use whole numbers.').min(0, 'It cannot be negative.').max(max, `At most ${max}.`));

/** **Start mock interview**: one of the presets, or the candidate's own topics, mix, count and duration. */
export const StartMockInterviewInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preset'), preset: z.enum(MOCK_PRESET_KEYS, { message: 'Choose one of the presets.' }) }),
  z
    .object({
      kind: z.literal('custom'),
      topics: z.array(z.string().min(1).max(60)).max(40).default([]),
      problemCount: z.coerce.number({ message: 'Choose how many problems.' }).int('Use whole numbers.').min(1, 'At least 1 problem.').max(MAX_MOCK_PROBLEMS, `At most ${MAX_MOCK_PROBLEMS} problems.`),
      easy: Count('the easy problems', MAX_MOCK_PROBLEMS),
      medium: Count('the medium problems', MAX_MOCK_PROBLEMS),
      hard: Count('the hard problems', MAX_MOCK_PROBLEMS),
      // the lower bound is the server's setting, checked where the interview starts
      durationMinutes: z.coerce.number({ message: 'Enter the duration in minutes.' }).int('Use whole minutes.').min(1, 'At least 1 minute.').max(MAX_MOCK_MINUTES, `At most ${MAX_MOCK_MINUTES} minutes.`),
    })
    .refine((s) => s.easy + s.medium + s.hard <= s.problemCount, { path: ['mix'], message: 'The difficulty mix asks for more problems than the number chosen.' }),
]);
export type StartMockInterviewInput = z.infer<typeof StartMockInterviewInput>;
