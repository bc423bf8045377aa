'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { KIND_LABELS, submitScore, verdictLabel, type SubmissionCode, type SubmissionSummaryView } from '@/lib/shared/submission-view';
import { LANGUAGE_TITLES, type LanguageName } from '@/lib/shared/languages';
import { fetchJson } from '@/lib/ui/api-client';

const CodeDiff = dynamic(() => import('@/lib/ui/editor/code-editor').then((m) => m.CodeDiff), { ssr: false });

type Props = {
  submissions: SubmissionSummaryView[];
  /** the one language they are all in (the editor's); absent, the list mixes languages and says each one's */
  language?: LanguageName;
  /** show this submission's results in the results panel */
  onShowResults: (submissionId: string) => void;
  /** replace the editor's content with this code (absent where there is no editor: a coach's view) */
  onRestore?: (code: string) => void;
};

/** Every Run and Submit on this problem (in one language, or each labelled); opening one shows its code against the previous version. */
export function SubmissionHistory({ submissions, language, onShowResults, onRestore }: Props) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [code, setCode] = useState<SubmissionCode | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!openId) return;
    let current = true;
    setCode(null);
    setError(null);
    fetchJson<SubmissionCode>(`/api/submissions/${openId}/code`)
      .then((c) => current && setCode(c))
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [openId]);

  if (submissions.length === 0) return <p className="muted history-empty">No runs or submissions{language ? ` in ${LANGUAGE_TITLES[language]}` : ''} yet. Your versions will be listed here.</p>;
  return (
    <div className="history">
      <table className="table history-table">
        <thead>
          <tr>
            <th>When</th>
            <th>What</th>
            {!language && <th>Language</th>}
            <th>Verdict</th>
            <th>Score</th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((s) => (
            <tr key={s.id} className={s.id === openId ? 'selected' : undefined}>
              <td>
                <button type="button" className="link-button" onClick={() => setOpenId(s.id === openId ? null : s.id)} aria-expanded={s.id === openId}>
                  {formatWhen(s.createdAt)}
                </button>
              </td>
              <td>{KIND_LABELS[s.kind]}</td>
              {!language && <td>{LANGUAGE_TITLES[s.language]}</td>}
              <td className={s.verdict ? `verdict-${s.verdict}` : 'muted'}>{s.verdict ? verdictLabel(s.verdict) : s.status === 'queued' ? 'Queued' : 'Running'}</td>
              <td>{submitScore(s) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {openId && (
        <div className="history-detail">
          {error && <p className="alert alert-error">{error}</p>}
          {!code && !error && <p className="muted">Loading this version…</p>}
          {code && (
            <>
              <div className="history-actions">
                <p className="muted">
                  {code.previous
                    ? `Changes from the version of ${formatWhen(code.previous.createdAt)} to this one: removed in red, added in green.`
                    : 'The first version on this problem: nothing earlier to compare with.'}
                </p>
                <button type="button" className="button" onClick={() => onShowResults(code.id)}>
                  Show its results
                </button>
                {onRestore && (
                  <button type="button" className="button" onClick={() => onRestore(code.code)}>
                    Load into the editor
                  </button>
                )}
              </div>
              <div className="diff-frame">
                <CodeDiff original={code.previous?.code ?? ''} modified={code.code} language={code.language} />
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}
