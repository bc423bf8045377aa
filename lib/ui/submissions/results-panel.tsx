'use client';

import type { ReactNode } from 'react';
import { submitScore, verdictLabel, type SubmissionView, type TestResultView } from '../../shared/submission-view';
import { formatNumber, formatValue } from './format-value';

export type ResultsPanelProps = {
  submission: SubmissionView | null;
  busy: boolean;
  error: string | null;
  /** the entry function's parameter names, to label a sample's inputs */
  paramNames: string[];
  /** renders charts for a sample test (K-means clusters, heatmaps, curves) */
  renderVisuals?: (test: TestResultView) => ReactNode;
};

type RowOptions = Pick<ResultsPanelProps, 'paramNames' | 'renderVisuals'>;

/** The outcome of a Run or Submit, in words first, numbers and pictures underneath. */
export function ResultsPanel({ submission, busy, error, ...rowOptions }: ResultsPanelProps) {
  return (
    <section className="results" aria-label="Results" aria-live="polite">
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {!submission && !error && (busy ? <p className="muted">Sending your code…</p> : <EmptyResults />)}
      {submission && <SubmissionOutcome submission={submission} rowOptions={rowOptions} />}
    </section>
  );
}

function EmptyResults() {
  return (
    <p className="muted">
      <strong>Run</strong> checks your code on the sample tests (<kbd>Ctrl</kbd>+<kbd>Enter</kbd>); <strong>Submit</strong> grades it on all tests,
      hidden ones included (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd>).
    </p>
  );
}

function SubmissionOutcome({ submission, rowOptions }: { submission: SubmissionView; rowOptions: RowOptions }) {
  const what = submission.kind === 'run' ? 'Run on the sample tests' : 'Submit on all tests';
  if (submission.status !== 'done' || !submission.verdict) {
    const total = submission.testsTotal;
    return (
      <div className="outcome" data-status={submission.status}>
        <p className="outcome-status">
          {submission.status === 'queued' ? 'Queued: waiting for a grader…' : total ? `Running test ${Math.min(submission.testsDone + 1, total)} of ${total}…` : 'Running…'}
        </p>
        <progress max={total ?? 1} value={submission.status === 'running' && total ? submission.testsDone : undefined} aria-label={what} />
      </div>
    );
  }
  if (submission.withheld) {
    return (
      <div className="outcome" data-status="done">
        <h2 className="verdict" data-testid="verdict">
          Submitted
        </h2>
        <p className="muted outcome-summary">Graded on all tests. The hiring team sees the result; this assessment does not show it to candidates.</p>
      </div>
    );
  }
  const passed = submission.tests.filter((t) => t.verdict === 'accepted').length;
  const score = submitScore(submission);
  const firstFailure = submission.tests.findIndex((t) => t.verdict !== 'accepted');
  return (
    <div className="outcome" data-status="done">
      <h2 className={`verdict verdict-${submission.verdict}`} data-testid="verdict">
        {verdictLabel(submission.verdict)}
      </h2>
      <p className="muted outcome-summary">
        {what}: {passed} of {submission.tests.length} passed
        {score ? ` · score ${score}` : ''}
        {submission.gradingMs !== null ? ` · graded in ${submission.gradingMs} ms` : ''}
      </p>
      {submission.message && <pre className="outcome-message">{submission.message}</pre>}
      <ol className="tests">
        {submission.tests.map((test, i) => (
          <TestRow key={test.ordinal} test={test} open={i === firstFailure} {...rowOptions} />
        ))}
      </ol>
    </div>
  );
}

function TestRow({ test, open, paramNames, renderVisuals }: { test: TestResultView; open: boolean } & RowOptions) {
  const ok = test.verdict === 'accepted';
  const d = test.details;
  const hasBody = Boolean(test.message || test.output || d);
  const summary = (
    <summary>
      <span className={`test-mark ${ok ? 'test-ok' : 'test-bad'}`} aria-hidden>
        {ok ? '✓' : '✗'}
      </span>
      <span className="test-name">{test.name}</span>
      {test.hidden && <span className="badge">hidden</span>}
      <span className={`test-verdict verdict-${test.verdict}`}>{verdictLabel(test.verdict)}</span>
      <span className="muted test-time">{formatNumber(Math.round(test.timeMs * 10) / 10)} ms</span>
    </summary>
  );
  if (!hasBody) return <li className="test">{summary}</li>;
  return (
    <li className="test">
      <details open={open}>
        {summary}
        <div className="test-body">
          {test.message && <p className="test-message">{test.message}</p>}
          {d && (d.expectedShape || d.maxAbsError !== undefined || d.position) && (
            <dl className="mismatch">
              {d.expectedShape && <Fact term="Expected shape" value={d.expectedShape} />}
              {d.actualShape && <Fact term="Your shape" value={d.actualShape} />}
              {d.maxAbsError !== undefined && <Fact term="Largest absolute error" value={formatNumber(d.maxAbsError)} />}
              {d.relError !== undefined && <Fact term="Relative error there" value={formatNumber(d.relError)} />}
              {d.position && <Fact term="Where" value={d.position} />}
            </dl>
          )}
          {d?.input && (
            <div className="values values-input">
              {d.input.map((arg, i) => (
                <Value key={i} label={d.input!.length === paramNames.length ? paramNames[i]! : `Argument ${i + 1}`} value={arg} cutFrom={i === 0 ? d.truncated?.input : undefined} />
              ))}
            </div>
          )}
          {d && ('expected' in d || 'actual' in d) && (
            <div className="values values-compare">
              {'expected' in d && <Value label="Expected" value={d.expected} cutFrom={d.truncated?.expected} />}
              {'actual' in d && <Value label="Your output" value={d.actual} cutFrom={d.truncated?.actual} />}
            </div>
          )}
          {test.output && (
            <div className="value">
              <h4>Console</h4>
              <pre>{test.output}</pre>
            </div>
          )}
          {!test.hidden && renderVisuals?.(test)}
        </div>
      </details>
    </li>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Value({ label, value, cutFrom }: { label: string; value: unknown; cutFrom?: string }) {
  return (
    <div className="value">
      <h4>{label}</h4>
      {cutFrom && <p className="muted value-cut">Only the beginning is shown; the whole value is {cutFrom}.</p>}
      <pre>{formatValue(value)}</pre>
    </div>
  );
}
