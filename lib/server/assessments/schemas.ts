import { z } from 'zod';

const Id = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/, 'Not a valid id.');

export const MAX_TIME_LIMIT_MINUTES = 600;

/** An HTML checkbox: "on" when ticked, absent when not; JSON clients may send a boolean. */
const Checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

const Instant = (message: string) => z.iso.datetime({ offset: true, message }).transform((value) => new Date(value));

const WholeMinutes = (max: number, label: string) =>
  z.preprocess((value) => (value === '' || value === undefined ? 0 : value), z.coerce.number({ message: `Enter ${label} as a number.` }).int('Use whole numbers.').min(0, 'It cannot be negative.').max(max, `At most ${max}.`));

export const ExtraTimeInput = z.object({
  extraTimeMinutes: WholeMinutes(MAX_TIME_LIMIT_MINUTES, 'the extra minutes'),
  extraTimePercent: WholeMinutes(300, 'the extra percentage'),
});
export type ExtraTimeInput = z.infer<typeof ExtraTimeInput>;

export const SaveAssessmentInput = z
  .object({
    title: z.string().trim().min(1, 'Give the assessment a title.').max(120, 'Use at most 120 characters.'),
    problemSetId: Id,
    instructions: z.string().max(20_000, 'Use at most 20,000 characters.').default(''),
    timeLimitMinutes: z.coerce.number({ message: 'Enter the time limit in minutes.' }).int('Use whole minutes.').min(1, 'At least 1 minute.').max(MAX_TIME_LIMIT_MINUTES, `At most ${MAX_TIME_LIMIT_MINUTES} minutes.`),
    /** empty: from now */
    opensAt: z.preprocess((value) => (value === '' || value === undefined ? null : value), Instant('Enter a valid opening time.').nullable()),
    closesAt: Instant('Enter when the assessment closes.'),
    showScores: Checkbox,
    anonymousReview: Checkbox,
  })
  .refine((input) => !input.opensAt || input.opensAt < input.closesAt, { message: 'It must close after it opens.', path: ['closesAt'] });
export type SaveAssessmentInput = z.infer<typeof SaveAssessmentInput>;

/** Addresses separated by commas, semicolons, spaces or new lines. */
const EmailList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value),
  z.array(z.string().trim().toLowerCase().pipe(z.email({ message: 'One of the addresses is not a valid e-mail address.' }))).min(1, 'Enter at least one e-mail address.').max(200, 'At most 200 addresses at once.'),
);

export const InviteCandidatesInput = ExtraTimeInput.extend({ emails: EmailList });
export type InviteCandidatesInput = z.infer<typeof InviteCandidatesInput>;

export const SeatCandidatesInput = ExtraTimeInput.extend({ candidateIds: z.array(Id).min(1, 'Choose at least one candidate.').max(500) });
export type SeatCandidatesInput = z.infer<typeof SeatCandidatesInput>;
