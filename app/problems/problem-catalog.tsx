'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { CatalogFilter, countByDifficulty, DIFFICULTIES, filterCatalog, groupByTopic, type CatalogEntry, type DifficultyCounts } from '@/lib/shared/catalog-view';
import { LANGUAGE_TITLES } from '@/lib/shared/languages';
import { topicLabel } from '@/lib/shared/topic-labels';

const STATUS_LABEL = { solved: 'Solved', attempted: 'Attempted', new: 'New' } as const;
const DIFFICULTY_OPTIONS: Array<[string, string]> = [['easy', 'Easy'], ['medium', 'Medium'], ['hard', 'Hard']];
const STATUS_OPTIONS: Array<[string, string]> = [['new', 'New'], ['attempted', 'Attempted'], ['solved', 'Solved']];

function FilterSelect(props: { label: string; value: string | undefined; any: string; options: Array<[string, string]>; onChange: (value: string) => void }) {
  return (
    <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)} aria-label={props.label}>
      <option value="">{props.any}</option>
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 easy · 1 hard": the difficulties present, easy to hard. */
function DifficultyCountsText({ counts }: { counts: DifficultyCounts }) {
  const present = DIFFICULTIES.filter((d) => counts[d] > 0);
  return (
    <span className="difficulty-counts">
      {present.map((d, i) => (
        <span key={d}>
          {i > 0 && ' · '}
          <span className={`count-${d}`}>
            {counts[d]} {d}
          </span>
        </span>
      ))}
    </span>
  );
}

/** The filters as the page's URL carries them, so a reload or a shared link shows the same list. */
function writeUrl(filter: CatalogFilter): void {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

/**
 * The catalog: search and filters that apply as they change (in the browser, over every problem), problems
 * grouped by topic with counts per topic and difficulty.
 */
export function ProblemCatalog({ entries, initialFilter }: { entries: CatalogEntry[]; initialFilter: CatalogFilter }) {
  const [filter, setFilter] = useState<CatalogFilter>(initialFilter);
  const topics = useMemo(() => groupByTopic(entries).map((g) => ({ topic: g.topic, label: g.label, count: g.entries.length })), [entries]);
  const shown = useMemo(() => filterCatalog(entries, filter), [entries, filter]);
  const groups = useMemo(() => groupByTopic(shown), [shown]);
  const filtered = Object.values(filter).some(Boolean);

  const update = (change: Record<string, string | undefined>) => {
    const next = CatalogFilter.parse({ ...filter, ...change });
    for (const key of Object.keys(next) as Array<keyof CatalogFilter>) if (!next[key]) delete next[key];
    setFilter(next);
    writeUrl(next);
  };

  return (
    <>
      <div className="filters" role="search">
        <input
          type="search"
          value={filter.q ?? ''}
          onChange={(e) => update({ q: e.target.value })}
          placeholder="Search: backprop, attention, AUC…"
          aria-label="Search problems"
        />
        <FilterSelect label="Topic" value={filter.topic} any="All topics" options={topics.map((t) => [t.topic, `${t.label} (${t.count})`])} onChange={(topic) => update({ topic })} />
        <FilterSelect label="Difficulty" value={filter.difficulty} any="Any difficulty" options={DIFFICULTY_OPTIONS} onChange={(difficulty) => update({ difficulty })} />
        <FilterSelect label="Status" value={filter.status} any="Any status" options={STATUS_OPTIONS} onChange={(status) => update({ status })} />
        {filtered && (
          <button type="button" className="button button-quiet" onClick={() => update({ q: undefined, topic: undefined, difficulty: undefined, status: undefined })}>
            Clear
          </button>
        )}
      </div>

      <p className="catalog-summary muted" aria-live="polite">
        <strong data-testid="catalog-count">{filtered ? `${shown.length} of ${plural(entries.length, 'problem')}` : plural(entries.length, 'problem')}</strong>
        {shown.length > 0 && (
          <>
            {' · '}
            <DifficultyCountsText counts={countByDifficulty(shown)} />
            {' · '}
            {plural(groups.length, 'topic')}
          </>
        )}
      </p>

      {groups.length > 1 && (
        <nav className="topic-nav" aria-label="Topics">
          {groups.map((g) => (
            <a key={g.topic} href={`#topic-${g.topic}`}>
              {g.label} <span className="topic-nav-count">{g.entries.length}</span>
            </a>
          ))}
        </nav>
      )}

      {groups.map((g) => (
        <section key={g.topic} id={`topic-${g.topic}`} className="topic-group" aria-labelledby={`topic-${g.topic}-title`}>
          <header className="topic-group-header">
            <h2 id={`topic-${g.topic}-title`}>{topicLabel(g.topic)}</h2>
            <span className="muted">
              {plural(g.entries.length, 'problem')} · <DifficultyCountsText counts={g.counts} />
            </span>
          </header>
          <ul className="problem-list">
            {g.entries.map((p) => (
              <li key={p.slug} className="problem-row">
                <div className="problem-row-main">
                  <Link href={`/problems/${p.slug}`}>{p.title}</Link>
                  {p.teaches.length > 0 && <span className="teaches">{p.teaches.join(' · ')}</span>}
                </div>
                <div className="problem-row-meta">
                  <span className="languages" aria-label={`Languages: ${p.languages.map((l) => LANGUAGE_TITLES[l]).join(', ')}`}>
                    {p.languages.map((l) => (
                      <span key={l} className={`language-tag language-${l}`}>
                        {LANGUAGE_TITLES[l]}
                      </span>
                    ))}
                  </span>
                  <span className={`pill pill-${p.difficulty}`}>{p.difficulty}</span>
                  {/* "New" on every row would drown the two that matter */}
                  <span className={`status status-${p.status}`}>{p.status === 'new' ? '' : STATUS_LABEL[p.status]}</span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {shown.length === 0 && <p className="muted">No problem matches these filters.</p>}
    </>
  );
}
