import type { LanguageName } from './languages';
import { z } from 'zod';
import { topicLabel } from './topic-labels';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export type ProblemStatus = 'solved' | 'attempted' | 'new';

/** One problem as the catalog page shows it (plain data, so a client component can take it as props). */
export interface CatalogEntry {
  slug: string;
  title: string;
  topic: string;
  difficulty: Difficulty;
  status: ProblemStatus;
  /** keywords of what it teaches, searched and shown under the title */
  teaches: string[];
  /** the languages it can be solved in */
  languages: LanguageName[];
}

/** The catalog's filters, as they appear in the page's URL (`?q=backprop&topic=…`); anything malformed is dropped. */
export const CatalogFilter = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  topic: z.string().max(60).optional().catch(undefined),
  difficulty: z.enum(DIFFICULTIES).optional().catch(undefined),
  status: z.enum(['solved', 'attempted', 'new']).optional().catch(undefined),
});
export type CatalogFilter = z.infer<typeof CatalogFilter>;

/** Lowercase, accents off, and with everything but letters and digits removed: "K-Means++" → "kmeans". */
function squash(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Whether a problem matches a search: every word of the query must appear in its title, slug, topic or the
 * keywords of what it teaches, ignoring case, accents, spaces and punctuation ("backprop" finds a problem
 * that teaches "backpropagation", "kmeans" finds "K-means").
 */
export function matchesSearch(entry: Pick<CatalogEntry, 'title' | 'slug' | 'topic' | 'teaches'>, query: string): boolean {
  const words = query.split(/\s+/).map(squash).filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const haystack = [entry.title, entry.slug, entry.topic, topicLabel(entry.topic), ...entry.teaches].map(squash).join('|');
  return words.every((w) => haystack.includes(w));
}

export function filterCatalog(entries: readonly CatalogEntry[], filter: CatalogFilter): CatalogEntry[] {
  return entries.filter(
    (e) =>
      (!filter.topic || e.topic === filter.topic) &&
      (!filter.difficulty || e.difficulty === filter.difficulty) &&
      (!filter.status || e.status === filter.status) &&
      (!filter.q || matchesSearch(e, filter.q)),
  );
}

export type DifficultyCounts = Record<Difficulty, number>;

export interface TopicGroup {
  topic: string;
  label: string;
  entries: CatalogEntry[];
  counts: DifficultyCounts;
}

export function countByDifficulty(entries: readonly CatalogEntry[]): DifficultyCounts {
  const counts: DifficultyCounts = { easy: 0, medium: 0, hard: 0 };
  for (const e of entries) counts[e.difficulty]++;
  return counts;
}

/** Entries grouped by topic (groups by label, problems easy to hard, then by title), each group with its counts. */
export function groupByTopic(entries: readonly CatalogEntry[]): TopicGroup[] {
  const byTopic = new Map<string, CatalogEntry[]>();
  for (const e of entries) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
  return [...byTopic]
    .map(([topic, list]) => ({
      topic,
      label: topicLabel(topic),
      entries: list.sort((a, b) => DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty) || a.title.localeCompare(b.title)),
      counts: countByDifficulty(list),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
