import { z } from 'zod';
import { AppError } from '../errors';

const SubmissionId = z.string().regex(/^[a-z0-9]{10,40}$/);
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

/** Path parameters are user input too; a malformed one is simply "not found". */
export function submissionIdParam(value: string): string {
  const parsed = SubmissionId.safeParse(value);
  if (!parsed.success) throw new AppError('not_found', 'There is no such submission.');
  return parsed.data;
}

export function problemSlugParam(value: string): string {
  const parsed = Slug.safeParse(value);
  if (!parsed.success) throw new AppError('not_found', `There is no problem "${value.slice(0, 100)}".`);
  return parsed.data;
}
