import { TOPICS } from './front-matter.ts';
import type { ProblemMeta } from './load-problem.ts';
import { citeStudySheets } from './study-sheets.ts';

export type PackageListing = Pick<ProblemMeta, 'slug' | 'title' | 'topic' | 'difficulty' | 'source'>;

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** "*ML Algorithm Templates*, “1. Neural Network (MLP)”; *Case Studies*, “87.3 …”": how statements cite them. */
function sources(source: PackageListing['source']): string {
  return citeStudySheets(source)
    .map(({ sheet, sections }) => `*${cell(sheet)}*, ${sections.map((s) => `“${cell(s)}”`).join(', ')}`)
    .join('; ');
}

/**
 * The "Packages by topic" section of problems/COVERAGE.md: every package under its topic (in the format's
 * topic order), easy to hard then by slug, with its title and the study-sheet sections its front matter
 * cites. Deterministic.
 */
export function packagesByTopicMarkdown(packages: readonly PackageListing[]): string[] {
  const out = ['## Packages by topic', '', `${packages.length} packages; the sources are the study-sheet sections each one's front matter cites.`, ''];
  for (const topic of TOPICS) {
    const inTopic = packages
      .filter((p) => p.topic === topic)
      .sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.slug.localeCompare(b.slug));
    if (inTopic.length === 0) continue;
    out.push(`### ${topic} (${inTopic.length})`, '', '| package | title | difficulty | sources |', '|---|---|---|---|');
    for (const p of inTopic) out.push(`| [${p.slug}](${p.slug}/problem.md) | ${cell(p.title)} | ${p.difficulty} | ${sources(p.source)} |`);
    out.push('');
  }
  return out;
}
