import type { ReactNode } from 'react';
import './visuals.css';

/** One visual: a heading, the chart, optional notes underneath. */
export function VisualFrame({ title, notes = [], children }: { title: string; notes?: Array<string | null | false>; children: ReactNode }) {
  const shown = notes.filter((n): n is string => typeof n === 'string' && n.length > 0);
  return (
    <figure className="test-visual">
      <figcaption className="test-visual-title">{title}</figcaption>
      {children}
      {shown.map((note) => (
        <p key={note} className="test-visual-note">
          {note}
        </p>
      ))}
    </figure>
  );
}
