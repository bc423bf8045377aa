export type CandidateIdentity = { label: string; email: string | null; hidden: boolean };

/**
 * How a candidate is named to a reviewer. In an anonymous review a reviewer sees "Candidate 3" (the
 * order of seating) until they have recorded their own decision on that candidate.
 */
export function candidateIdentity(options: { anonymous: boolean; decided: boolean; number: number; name: string; email: string }): CandidateIdentity {
  if (options.anonymous && !options.decided) return { label: `Candidate ${options.number}`, email: null, hidden: true };
  return { label: options.name, email: options.email, hidden: false };
}
