import type { Exclusion } from './coverage-exclusions.ts';
import type { CatalogEntry } from './parse-catalog.ts';

export interface CoverageRow {
  entry: CatalogEntry;
  /** the packages whose `catalog:` cites the entry */
  packages: string[];
  exclusion?: Exclusion;
}

export interface CatalogCoverage {
  rows: CoverageRow[];
  /** entries neither cited by a package nor excluded */
  unaccounted: CatalogEntry[];
  /** packages that cite no catalog entry: problems beyond the catalog */
  beyondCatalog: string[];
  /** citations and exclusions that do not add up: unknown entries, unknown same-as targets, an entry both covered and excluded */
  errors: string[];
}

/**
 * Every catalog entry with the packages that cite it, or the reason it has none. Pure: the caller reads the
 * catalog (or its committed index), the packages' front matter and the exclusions file.
 */
export function computeCoverage(entries: CatalogEntry[], packages: Array<{ slug: string; catalog: string[] }>, exclusions: Map<string, Exclusion>): CatalogCoverage {
  const ids = new Set(entries.map((e) => e.id));
  const slugs = new Set(packages.map((p) => p.slug));
  const citedBy = new Map<string, string[]>();
  const errors: string[] = [];
  for (const p of packages) {
    for (const id of p.catalog) {
      if (!ids.has(id)) errors.push(`problems/${p.slug} cites catalog entry ${id}, which does not exist`);
      citedBy.set(id, [...(citedBy.get(id) ?? []), p.slug]);
    }
  }
  for (const [id, exclusion] of exclusions) {
    if (!ids.has(id)) errors.push(`the exclusion of ${id} names no catalog entry`);
    if (citedBy.has(id)) errors.push(`${id} is both cited by ${citedBy.get(id)!.join(', ')} and excluded`);
    if (exclusion.reason === 'same-as' && !slugs.has(exclusion.detail) && !ids.has(exclusion.detail)) {
      errors.push(`${id} is the same problem as "${exclusion.detail}", which is neither a package nor a catalog entry`);
    }
  }
  const rows = entries.map((entry) => ({ entry, packages: citedBy.get(entry.id) ?? [], ...(exclusions.has(entry.id) ? { exclusion: exclusions.get(entry.id)! } : {}) }));
  const unaccounted = rows.filter((r) => r.packages.length === 0 && !r.exclusion).map((r) => r.entry);
  return { rows, unaccounted, beyondCatalog: packages.filter((p) => p.catalog.length === 0).map((p) => p.slug), errors };
}
