'use client';

import { useState } from 'react';
import type { LanguageName } from '@/lib/shared/languages';
import type { SubmissionSummaryView, SubmissionView } from '@/lib/shared/submission-view';
import { fetchJson } from '@/lib/ui/api-client';
import { ResultsPanel } from '@/lib/ui/submissions/results-panel';
import { TestVisuals } from '@/lib/ui/visuals/test-visuals';
import { SubmissionHistory } from '@/app/problems/[slug]/submission-history';

type Props = { problem: { slug: string; title: string; paramNames: Record<LanguageName, string[]> }; submissions: SubmissionSummaryView[] };

/** A candidate's Runs and Submits on one problem, for their coach: each version's code against the one before, and its results. */
export function CandidateWork({ problem, submissions }: Props) {
  const [shown, setShown] = useState<SubmissionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = (id: string) => {
    setError(null);
    fetchJson<SubmissionView>(`/api/submissions/${id}`)
      .then(setShown)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  if (submissions.length === 0) return <p className="muted card">No runs or submissions on this problem yet.</p>;
  return (
    <div className="stack">
      <div className="card">
        <SubmissionHistory submissions={submissions} onShowResults={show} />
      </div>
      {(shown || error) && (
        <div className="card">
          <ResultsPanel submission={shown} busy={false} error={error} paramNames={problem.paramNames[shown?.language ?? 'typescript']} renderVisuals={(test) => <TestVisuals problemSlug={problem.slug} test={test} />} />
        </div>
      )}
    </div>
  );
}
