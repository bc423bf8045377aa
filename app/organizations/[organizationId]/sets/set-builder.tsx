'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { SetCatalogEntry } from '@/lib/server/problem-sets/list-set-catalog';
import type { ProblemSetItemView } from '@/lib/server/problem-sets/get-problem-set';
import { topicLabel } from '@/lib/shared/topic-labels';
import { ApiError, fetchJson } from '@/lib/ui/api-client';
import { useHydrated } from '@/lib/ui/use-hydrated';

type Item = Pick<ProblemSetItemView, 'slug' | 'title' | 'topic' | 'difficulty' | 'points' | 'active'>;

type Props = {
  organizationId: string;
  /** null: a new set, created on the first Save */
  set: { id: string; title: string; description: string; items: Item[] } | null;
  catalog: SetCatalogEntry[];
};

const RESULTS_SHOWN = 12;
const DEFAULT_POINTS = 100;

/**
 * The problem set builder: search the catalog by title, topic and difficulty, add, remove and
 * reorder problems, points per problem, a Markdown description. Nothing is saved until Save, and a
 * refused Save keeps everything on screen.
 */
export function SetBuilder({ organizationId, set, catalog }: Props) {
  const router = useRouter();
  const [title, setTitle] = useState(set?.title ?? '');
  const [description, setDescription] = useState(set?.description ?? '');
  const [items, setItems] = useState<Item[]>(set?.items ?? []);
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const hydrated = useHydrated();
  const titleInput = useRef<HTMLInputElement>(null);
  const descriptionInput = useRef<HTMLTextAreaElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  // what was typed while the page was still loading is kept, not reset by React taking over
  useEffect(() => {
    const typed = (input: HTMLInputElement | HTMLTextAreaElement | null, initial: string, keep: (value: string) => void) => {
      if (input && input.value !== initial) keep(input.value);
    };
    typed(titleInput.current, set?.title ?? '', (v) => (setTitle(v), setDirty(true)));
    typed(descriptionInput.current, set?.description ?? '', (v) => (setDescription(v), setDirty(true)));
    typed(searchInput.current, '', setQuery);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the page becomes interactive
  }, []);

  const topics = useMemo(() => [...new Set(catalog.map((p) => p.topic))].sort(), [catalog]);
  const inSet = new Set(items.map((i) => i.slug));
  const needle = query.trim().toLowerCase();
  const matches = catalog.filter(
    (p) => (!needle || p.title.toLowerCase().includes(needle) || p.slug.includes(needle) || topicLabel(p.topic).toLowerCase().includes(needle)) && (!topic || p.topic === topic) && (!difficulty || p.difficulty === difficulty),
  );

  const edit = (next: Item[]) => {
    setItems(next);
    setDirty(true);
    setMessage(null);
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    edit(next);
  };

  async function save() {
    setSaving(true);
    setMessage(null);
    const body = JSON.stringify({ title, description, items: items.map(({ slug, points }) => ({ slug, points })) });
    try {
      if (set) {
        await fetchJson(`/api/organizations/${organizationId}/problem-sets/${set.id}`, { method: 'PUT', body });
        setDirty(false);
        setMessage({ kind: 'success', text: 'Saved.' });
        router.refresh();
      } else {
        const created = await fetchJson<{ id: string }>(`/api/organizations/${organizationId}/problem-sets`, { method: 'POST', body });
        router.push(`/organizations/${organizationId}/sets/${created.id}`);
      }
    } catch (error) {
      const fields = error instanceof ApiError ? Object.values(error.fieldErrors).flat() : [];
      setMessage({ kind: 'error', text: [error instanceof Error ? error.message : String(error), ...fields].join(' ') });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="stack">
      <div className="builder">
        <section className="card form-grid" aria-label="The set">
          <div className="field">
            <label htmlFor="set-title">Title</label>
            <input id="set-title" ref={titleInput} value={title} onChange={(e) => (setTitle(e.target.value), setDirty(true))} maxLength={120} placeholder="e.g. Week 1: clustering and metrics" />
          </div>
          <div className="field">
            <label htmlFor="set-description">Description (Markdown)</label>
            <textarea id="set-description" ref={descriptionInput} value={description} onChange={(e) => (setDescription(e.target.value), setDirty(true))} placeholder="What to focus on, hints, links to the study sheets…" />
          </div>
          <div>
            <h2>Problems ({items.length})</h2>
            {items.length === 0 ? (
              <p className="muted">No problems yet: search the catalog and press Add.</p>
            ) : (
              <table className="table table-compact builder-items" data-testid="set-items">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>Problem</th>
                    <th>Points</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {items.map((item, index) => (
                    <tr key={item.slug}>
                      <td>{index + 1}</td>
                      <td>
                        {item.title} {!item.active && <span className="tag tag-expired">retired</span>}
                        <br />
                        <small className="muted">
                          {topicLabel(item.topic)} · {item.difficulty}
                        </small>
                      </td>
                      <td>
                        <input
                          type="number"
                          min={1}
                          max={1000}
                          value={item.points}
                          aria-label={`Points for ${item.title}`}
                          onChange={(e) => edit(items.map((it) => (it.slug === item.slug ? { ...it, points: Number(e.target.value) } : it)))}
                        />
                      </td>
                      <td>
                        <div className="builder-actions">
                          <button type="button" className="button button-small button-quiet" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move ${item.title} up`}>
                            ↑
                          </button>
                          <button type="button" className="button button-small button-quiet" onClick={() => move(index, 1)} disabled={index === items.length - 1} aria-label={`Move ${item.title} down`}>
                            ↓
                          </button>
                          <button type="button" className="button button-small button-danger" onClick={() => edit(items.filter((it) => it.slug !== item.slug))} aria-label={`Remove ${item.title}`}>
                            Remove
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </section>
        <section className="card" aria-label="Catalog">
          <div className="field">
            <label htmlFor="add-problem">Add problem</label>
            <input id="add-problem" ref={searchInput} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search by title or topic" />
          </div>
          <div className="form-row" style={{ marginTop: '0.5rem' }}>
            <select value={topic} onChange={(e) => setTopic(e.target.value)} aria-label="Topic">
              <option value="">All topics</option>
              {topics.map((t) => (
                <option key={t} value={t}>
                  {topicLabel(t)}
                </option>
              ))}
            </select>
            <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)} aria-label="Difficulty">
              <option value="">Any difficulty</option>
              <option value="easy">Easy</option>
              <option value="medium">Medium</option>
              <option value="hard">Hard</option>
            </select>
          </div>
          <ul className="search-results" aria-label="Search results">
            {matches.slice(0, RESULTS_SHOWN).map((p) => (
              <li key={p.slug}>
                <span id={`result-${p.slug}`}>
                  {p.title}
                  <br />
                  <span className="meta">
                    {topicLabel(p.topic)} · {p.difficulty}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button-small"
                  disabled={inSet.has(p.slug) || !hydrated}
                  aria-describedby={`result-${p.slug}`}
                  onClick={() => edit([...items, { ...p, points: DEFAULT_POINTS, active: true }])}
                >
                  {inSet.has(p.slug) ? 'Added' : 'Add'}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted" style={{ fontSize: '0.85rem' }}>
            {matches.length === 0 ? 'No problem matches.' : matches.length > RESULTS_SHOWN ? `${RESULTS_SHOWN} of ${matches.length} shown: narrow the search.` : `${matches.length} shown.`}
          </p>
        </section>
      </div>
      <div className="save-bar">
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={saving || !hydrated}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        {dirty && !message && <span className="muted">Unsaved changes</span>}
        {message && (
          <p className={`alert alert-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
