/** What an attempt is called: its assessment's title, or the candidate's own mock interview. */
export function attemptTitle(attempt: { assessmentCandidate: { assessment: { title: string } } | null }): string {
  return attempt.assessmentCandidate?.assessment.title ?? 'Mock interview';
}
