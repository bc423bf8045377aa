import Link from 'next/link';
import type { MyAssessmentView } from '@/lib/server/assessments/list-my-assessments';
import { minutesText } from '@/lib/shared/attempt-status';
import { LocalTime } from '@/lib/ui/time/local-time';

/** A candidate's assessments: what they may start, are taking, or have handed in. */
export function MyAssessments({ assessments, showOrganization = true }: { assessments: MyAssessmentView[]; showOrganization?: boolean }) {
  return (
    <ul className="list" data-testid="my-assessments">
      {assessments.map((a) => (
        <li key={a.id} className="card assignment">
          <div className="assignment-head">
            <h3>
              <Link href={`/organizations/${a.organizationId}/assessments/${a.id}`}>{a.title}</Link>
            </h3>
            <span className="due">
              {a.attempt?.finishedAt ? (
                'Handed in'
              ) : a.attempt ? (
                <>
                  In progress · deadline <LocalTime iso={a.attempt.deadlineAt} />
                </>
              ) : (
                <>
                  {minutesText(a.minutes)} · can be started until <LocalTime iso={a.closesAt} />
                </>
              )}
            </span>
          </div>
          {showOrganization && <p className="muted" style={{ margin: 0 }}>From {a.organizationName}</p>}
        </li>
      ))}
    </ul>
  );
}
