import { z } from 'zod';

/** Path parameters are user input too; one that does not match is simply "not found". */
export const RecordId = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/);
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

export const SubmissionParams = z.object({ id: RecordId });
export const ProblemParams = z.object({ slug: Slug });
