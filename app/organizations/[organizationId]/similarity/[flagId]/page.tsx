import Link from 'next/link';
import type { ReactNode } from 'react';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import type { CodeRegion } from '@/lib/server/similarity/find-similar-pairs';
import { getSimilarityFlag } from '@/lib/server/similarity/get-similarity-flag';
import { ApiForm } from '@/lib/ui/forms/api-form';
import { LocalTime } from '@/lib/ui/time/local-time';
import '../../assessments/assessments.css';

export const metadata = { title: 'Similar code' };
export const dynamic = 'force-dynamic';

/** Two candidates' final code side by side, the fragments Dolos matched highlighted; a person marks it reviewed. */
export default async function SimilarityFlagPage({ params }: { params: Promise<{ organizationId: string; flagId: string }> }) {
  const { organizationId, flagId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/similarity/${encodeURIComponent(flagId)}`);
  const flag = await orNotFound(getSimilarityFlag(db(), { userId: user.id, organizationId, flagId }));
  return (
    <>
      <p className="muted">
        <Link href={`/organizations/${organizationId}/assessments/${flag.assessmentId}`}>← Assessment</Link>
      </p>
      <div className="section-head">
        <h2>
          {flag.problemTitle}: {flag.left.label} and {flag.right.label}
        </h2>
        <ApiForm
          url={`/api/organizations/${organizationId}/similarity-flags/${flag.id}`}
          method="PATCH"
          extra={{ reviewed: !flag.reviewedAt }}
          submitLabel={flag.reviewedAt ? 'Mark as not reviewed' : 'Mark reviewed'}
          buttonClassName={flag.reviewedAt ? 'button button-small' : 'button button-primary button-small'}
          className="inline-form"
        />
      </div>
      <p className="muted">
        {Math.round(flag.similarity * 100)}% of their fingerprints are shared (names, comments and layout ignored; the starter code excluded). Matching fragments are
        highlighted. This is a reason to look closer, never a finding: it changes no score and no decision.
        {flag.reviewedAt && (
          <>
            {' '}
            Reviewed by {flag.reviewedBy ?? 'a former member'}, <LocalTime iso={flag.reviewedAt} />.
          </>
        )}
      </p>
      <div className="side-by-side" data-testid="side-by-side">
        {[
          { side: flag.left, regions: flag.fragments.map((f) => f.left) },
          { side: flag.right, regions: flag.fragments.map((f) => f.right) },
        ].map(({ side, regions }) => (
          <section key={side.attemptId} aria-label={`${side.label}'s code`}>
            <h3>{side.label}</h3>
            <pre className="code">
              <code>{highlight(side.code, regions)}</code>
            </pre>
          </section>
        ))}
      </div>
    </>
  );
}

/** The code with the given regions (rows and columns from 0, end exclusive) wrapped in <mark>. */
function highlight(code: string, regions: CodeRegion[]): ReactNode[] {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const offset = (row: number, col: number) => Math.min(code.length, (lineStarts[row] ?? code.length) + col);
  const marked = new Uint8Array(code.length);
  for (const r of regions) marked.fill(1, offset(r.startRow, r.startCol), offset(r.endRow, r.endCol));
  const parts: ReactNode[] = [];
  let start = 0;
  for (let i = 1; i <= code.length; i++) {
    if (i === code.length || marked[i] !== marked[start]) {
      const text = code.slice(start, i);
      parts.push(marked[start] ? <mark key={start}>{text}</mark> : text);
      start = i;
    }
  }
  return parts;
}
