import { z } from 'zod';

/** Path parameters are user input too; one that does not match is simply "not found". */
export const RecordId = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/);
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

export const SubmissionParams = z.object({ id: RecordId });
export const ProblemParams = z.object({ slug: Slug });

export const OrganizationParams = z.object({ organizationId: RecordId });
const UserId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export const MemberParams = OrganizationParams.extend({ userId: UserId });
export const InvitationParams = OrganizationParams.extend({ invitationId: RecordId });
export const ProblemSetParams = OrganizationParams.extend({ problemSetId: RecordId });
export const AssignmentParams = OrganizationParams.extend({ assignmentId: RecordId });
/** 32 random bytes, base64url */
export const JoinParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export const AssessmentParams = OrganizationParams.extend({ assessmentId: RecordId });
export const SeatParams = AssessmentParams.extend({ seatId: RecordId });
export const FlagParams = OrganizationParams.extend({ flagId: RecordId });
export const AttemptParams = z.object({ attemptId: RecordId });
export const AttemptProblemParams = AttemptParams.extend({ slug: Slug });
