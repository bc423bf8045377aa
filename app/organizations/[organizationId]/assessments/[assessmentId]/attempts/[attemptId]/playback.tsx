'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { PLAYBACK_MAX_GAP_MS, PLAYBACK_SPEEDS, type PlaybackView } from '@/lib/shared/playback';
import { verdictLabel } from '@/lib/shared/submission-view';
import { fetchJson } from '@/lib/ui/api-client';

/**
 * **Playback**: the problem's code as it was saved, snapshot by snapshot. The slider moves through the
 * snapshots themselves (what it shows is exactly what was saved, nothing in between); playing follows
 * their real spacing at 1×–16×, with idle stretches shortened. Runs and Submits are marked on the
 * timeline with their verdicts.
 */
export function Playback({ attemptId, problemSlug, problemTitle }: { attemptId: string; problemSlug: string; problemTitle: string }) {
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<PlaybackView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(4);

  useEffect(() => {
    if (!open || view) return;
    fetchJson<PlaybackView>(`/api/attempts/${attemptId}/problems/${problemSlug}/playback`)
      .then((v) => setView(v))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [open, view, attemptId, problemSlug]);

  const snapshots = useMemo(() => view?.snapshots ?? [], [view]);
  const times = useMemo(() => snapshots.map((s) => Date.parse(s.at)), [snapshots]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(timer.current);
    if (!playing) return;
    if (index >= snapshots.length - 1) {
      setPlaying(false);
      return;
    }
    const gap = Math.min(times[index + 1]! - times[index]!, PLAYBACK_MAX_GAP_MS);
    timer.current = setTimeout(() => setIndex((i) => i + 1), Math.max(0, gap) / speed);
    return () => clearTimeout(timer.current);
  }, [playing, index, speed, snapshots.length, times]);

  if (!open) {
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Playback
      </button>
    );
  }
  if (error) return <p className="alert alert-error">{error}</p>;
  if (!view) return <p className="muted">Loading the playback…</p>;
  if (snapshots.length === 0) return <p className="muted">Nothing was saved for this problem: there is nothing to play back.</p>;
  const snapshot = snapshots[Math.min(index, snapshots.length - 1)]!;
  const start = Date.parse(view.startedAt);
  const span = Math.max(1, Date.parse(view.endAt) - start);
  return (
    <div className="playback card" role="group" aria-label={`Playback of ${problemTitle}`}>
      <div className="playback-controls">
        <button type="button" className="button button-small" onClick={() => (index >= snapshots.length - 1 ? (setIndex(0), setPlaying(true)) : setPlaying(!playing))}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <label>
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-label="Playback speed">
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="muted" data-testid="playback-position">
          Snapshot {index + 1} of {snapshots.length} · {elapsed(times[index]! - start)} after the start · {snapshot.kind === 'autosave' ? 'autosave' : snapshot.kind === 'run' ? 'Run' : 'Submit'}
          {snapshot.verdict && `: ${verdictLabel(snapshot.verdict)}`}
        </span>
      </div>
      <div className="playback-track">
        <input
          type="range"
          min={0}
          max={snapshots.length - 1}
          value={index}
          onChange={(e) => {
            setPlaying(false);
            setIndex(Number(e.target.value));
          }}
          aria-label="Playback position"
        />
        <ol className="playback-marks" aria-label="Runs and Submits">
          {snapshots.map((s, i) =>
            s.kind === 'autosave' ? null : (
              <li key={s.seq} style={{ left: `${(100 * (times[i]! - start)) / span}%` }} className={`mark mark-${s.kind} verdict-${s.verdict ?? 'pending'}`}>
                <button type="button" onClick={() => setIndex(i)} title={`${s.kind === 'run' ? 'Run' : 'Submit'} at ${elapsed(times[i]! - start)}: ${s.verdict ? verdictLabel(s.verdict) : 'grading'}`}>
                  {s.kind === 'run' ? 'R' : 'S'}
                </button>
              </li>
            ),
          )}
          {view.final && (
            <li style={{ left: `${(100 * (Date.parse(view.final.at) - start)) / span}%` }} className={`mark mark-final verdict-${view.final.verdict ?? 'pending'}`}>
              <span title={`${view.final.auto ? 'Auto-submitted at the deadline' : 'Handed in'}: ${view.final.verdict ? verdictLabel(view.final.verdict) : 'grading'}`}>■</span>
            </li>
          )}
        </ol>
      </div>
      <pre className="code playback-code" data-testid="playback-code">
        <code>{snapshot.code}</code>
      </pre>
    </div>
  );
}

function elapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
