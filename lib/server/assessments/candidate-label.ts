export type CandidateIdentity = { label: string; email: string | null; hidden: boolean };

/**
 * How a candidate is named to a reviewer. In an anonymous review a reviewer sees "Candidate 3" (the
 * order of seating) until they have recorded their own decision on that candidate.
 */
export function candidateIdentity(options: { anonymous: boolean; decided: boolean; number: number; name: string; email: string }): CandidateIdentity {
  if (options.anonymous && !options.decided) return { label: `Candidate ${options.number}`, email: null, hidden: true };
  return { label: options.name, email: options.email, hidden: false };
}

/** What `attemptIdentity` needs of an attempt, as a Prisma select for the viewing reviewer. */
export function identitySelect(viewerId: string) {
  return {
    assessmentCandidate: { select: { number: true, candidate: { select: { name: true, email: true } } } },
    reviews: { where: { reviewerId: viewerId }, select: { decision: true } },
  } as const;
}

type IdentityRow = { assessmentCandidate: { number: number; candidate: { name: string; email: string } } | null; reviews: { decision: string | null }[] };

/** An attempt's candidate as the viewer (whose review `identitySelect` picked) may see them. */
export function attemptIdentity(attempt: IdentityRow, anonymous: boolean): CandidateIdentity {
  const seat = attempt.assessmentCandidate!;
  return candidateIdentity({ anonymous, decided: Boolean(attempt.reviews[0]?.decision), number: seat.number, ...seat.candidate });
}
