import { ENTRY_HEADING } from '../parse-catalog.ts';
import { seedNumberOf } from '../study-sheets.ts';

/**
 * numpy, scipy, scikit-learn and PyTorch as the catalog names them: `np.trapz`, `scipy.stats.ttest_ind`,
 * `stats.probplot`, "sklearn", "scikit-learn", "PyTorch", `torch.bincount`, `nn.LSTM`.
 */
const LIBRARY_NAME = /\b(?:np\.[A-Za-z_][\w.]*[A-Za-z_\d]|numpy(?:\.[A-Za-z_][\w.]*[A-Za-z_\d])?|scipy(?:\.[A-Za-z_][\w.]*[A-Za-z_\d])?|stats\.[A-Za-z_][\w.]*[A-Za-z_\d]|sklearn(?:\.[A-Za-z_][\w.]*[A-Za-z_\d])?|scikit-learn|torch(?:\.[A-Za-z_][\w.]*[A-Za-z_\d])?|PyTorch|nn\.[A-Z]\w*)\b/g;

/**
 * The library names each entry of one catalog file mentions anywhere in its text (task, math, grading, edge
 * cases, reference), by entry id ("004:roc-auc"), sorted; entries that name none are left out.
 */
export function libraryMentions(text: string): Map<string, string[]> {
  const mentions = new Map<string, string[]>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = ENTRY_HEADING.exec(lines[i]!);
    if (!heading) continue;
    const names = new Set<string>();
    let seed: string | null = null;
    for (let j = i + 1; j < lines.length && !lines[j]!.startsWith('#'); j++) {
      if (lines[j]!.startsWith('- source:')) seed = seedNumberOf(lines[j]!.slice('- source:'.length).trim());
      for (const m of lines[j]!.matchAll(LIBRARY_NAME)) names.add(m[0]);
    }
    if (seed !== null && names.size > 0) mentions.set(`${seed}:${heading[1]!}`, [...names].sort());
  }
  return mentions;
}
