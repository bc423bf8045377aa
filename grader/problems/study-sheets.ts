/**
 * The study sheets problems draw on (../shared/seeds/NNN_<hash>.txt), by seed number. Statements and the
 * problem page cite a sheet by its title, never by its file name or number.
 */
export const STUDY_SHEET_TITLES = {
  '000': 'AI/ML Crash Course: From Fundamentals to Production',
  '001': 'Machine Learning & MLOps: Deep Understanding Guide',
  '002': 'ML Algorithm Templates',
  '003': 'Case Studies',
  '004': 'Machine Learning Interview Study Sheet',
} as const;

export type SeedNumber = keyof typeof STUDY_SHEET_TITLES;

/** "002_273e6087ab1c4c16.txt" or "002" → "002", or null for a name that is no known study sheet. */
export function seedNumberOf(seed: string): SeedNumber | null {
  const number = /^(\d{3})(?:_|$)/.exec(seed)?.[1];
  return number !== undefined && number in STUDY_SHEET_TITLES ? (number as SeedNumber) : null;
}

/** The title of the study sheet a front-matter `source[].seed` names, or null. */
export function studySheetTitle(seed: string): string | null {
  const number = seedNumberOf(seed);
  return number === null ? null : STUDY_SHEET_TITLES[number];
}

/**
 * A package's `source` entries as readers see them: one entry per study sheet, in order of first citation,
 * with its section names once each (`{ sheet: 'ML Algorithm Templates', sections: ['1. Neural Network (MLP)'] }`).
 */
export function citeStudySheets(sources: ReadonlyArray<{ seed: string; section: string }>): Array<{ sheet: string; sections: string[] }> {
  const cited: Array<{ sheet: string; sections: string[] }> = [];
  for (const { seed, section } of sources) {
    const sheet = studySheetTitle(seed) ?? seed;
    const entry = cited.find((c) => c.sheet === sheet) ?? cited[cited.push({ sheet, sections: [] }) - 1]!;
    if (!entry.sections.includes(section)) entry.sections.push(section);
  }
  return cited;
}
