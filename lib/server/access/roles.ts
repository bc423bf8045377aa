import type { OrgRole } from '../../generated/prisma/enums.ts';

export type { OrgRole };

/** Who may do what inside an organization; every check names one of these sets. */
export const ANY_MEMBER: readonly OrgRole[] = ['owner', 'coach', 'reviewer', 'candidate'];
/** see members, candidates' progress and their work on what the organization assigned */
export const STAFF: readonly OrgRole[] = ['owner', 'coach', 'reviewer'];
/** build problem sets, assign them, invite candidates */
export const MANAGERS: readonly OrgRole[] = ['owner', 'coach'];
/** rename or delete the organization, change roles, invite staff */
export const OWNERS: readonly OrgRole[] = ['owner'];

export const ROLE_LABELS: Record<OrgRole, string> = { owner: 'Owner', coach: 'Coach', reviewer: 'Reviewer', candidate: 'Candidate' };
