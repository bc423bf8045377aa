import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FrontMatter } from './front-matter.ts';
import { renderStatementHtml, type HtmlNode } from './render-statement-html.ts';
import { studySheetTitle } from './study-sheets.ts';

let katexClasses: Set<string> | null = null;

/** KaTeX's atom classes: semantic only, no stylesheet rule of their own. */
const ATOM_CLASSES = ['mord', 'mop', 'mbin', 'mrel', 'mopen', 'mclose', 'mpunct', 'minner', 'mtight', 'nobreak', 'text', 'delimsizinginner'];

/** Every class name the KaTeX stylesheet the problem page loads (`katex/dist/katex.min.css`) styles. */
function styledKatexClasses(): Set<string> {
  if (!katexClasses) {
    const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
    katexClasses = new Set([...ATOM_CLASSES, ...[...css.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((m) => m[1]!)]);
  }
  return katexClasses;
}

function classesOf(node: HtmlNode): string[] {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : [];
}

/** What a reader sees of a rendered statement: the prose outside math and code, and the class names inside KaTeX's HTML. */
export function readRendered(tree: HtmlNode): { prose: string; katexClasses: string[] } {
  const prose: string[] = [];
  const katex = new Set<string>();
  const walk = (node: HtmlNode, inKatex: boolean): void => {
    if (node.type === 'text' && !inKatex) prose.push(node.value ?? '');
    if ((node.type !== 'element' && node.type !== 'root') || node.tagName === 'code' || node.tagName === 'pre') return;
    const classes = classesOf(node);
    const inside = inKatex || classes.includes('katex');
    if (inside) for (const c of classes) katex.add(c);
    for (const child of node.children ?? []) walk(child, inside);
  };
  walk(tree, false);
  return { prose: prose.join(''), katexClasses: [...katex] };
}

/** Classes in KaTeX's HTML that the page's KaTeX stylesheet has no rule for: HTML and CSS from two KaTeX versions. */
export function unstyledKatexClasses(classes: readonly string[]): string[] {
  return classes.filter((c) => !styledKatexClasses().has(c));
}

const snippet = (text: string, at: number) => text.slice(Math.max(0, at - 25), at + 25).replace(/\s+/g, ' ').trim();

/** The closing "Source:" paragraph of a statement, on one line, or null. */
export function sourceParagraph(markdown: string): string | null {
  const last = markdown.trim().split(/\n\s*\n/).at(-1)?.trim() ?? '';
  return last.startsWith('Source:') ? last.replace(/\s+/g, ' ') : null;
}

/** What is wrong with the Source line: missing, citing a seed by number, file or line, or disagreeing with the front matter. */
function checkSourceLine(markdown: string, source: FrontMatter['source']): string[] {
  const line = sourceParagraph(markdown);
  if (line === null) return ['the statement has no closing "Source:" line citing the study sheets by title and section'];
  const failures: string[] = [];
  const forbidden: Array<[RegExp, string]> = [
    [/\bseeds?\b/i, 'a seed'],
    [/\b\d{3}_[0-9a-f]{6,}|\.txt\b/, 'a study sheet file name'],
    [/\blines?\s+\d|\bL\d{2,}/, 'line numbers'],
  ];
  for (const [re, what] of forbidden) if (re.test(line)) failures.push(`the Source line cites ${what} ("${snippet(line, line.search(re))}"): cite the study sheet by title and section name`);
  const cited = [...line.matchAll(/“([^”]{3,})”/g)].map((m) => m[1]!);
  for (const s of source) {
    const title = studySheetTitle(s.seed);
    if (title === null) failures.push(`front matter source "${s.seed}" is no known study sheet`);
    else if (!line.includes(`*${title}*`)) failures.push(`the Source line does not cite *${title}* (front matter source ${s.seed})`);
    // a section may add which part of it is used ("5. Autoencoders & VAE — vae_loss"): citing its name suffices
    if (!cited.some((name) => s.section.startsWith(name))) failures.push(`the Source line does not cite the section “${s.section}”`);
  }
  return failures;
}

/**
 * Renders a statement the way the problem page does and reports what a reader would see wrong: KaTeX errors,
 * math that the page's KaTeX stylesheet does not style (how `n ≠ m` came out as `n /= m`), raw TeX or `/=` left
 * in the prose, internal notes naming seeds, and a Source line that cites a seed by number, file or line, or
 * that disagrees with the front matter's `source`.
 */
export async function checkStatement(markdown: string, source: FrontMatter['source']): Promise<string[]> {
  const failures: string[] = [];
  const { tree, mathErrors } = await renderStatementHtml(markdown);
  for (const e of mathErrors) failures.push(`KaTeX: ${e}`);
  const { prose, katexClasses: used } = readRendered(tree);
  const unstyled = unstyledKatexClasses(used);
  if (unstyled.length > 0) failures.push(`math renders with classes the page's KaTeX stylesheet does not style (${unstyled.join(', ')}): one KaTeX version must render and style`);
  const raw: Array<[RegExp, string]> = [
    [/\$/, 'a "$" (math that did not render)'],
    [/\\[A-Za-z]+/, 'a TeX command'],
    [/\/=/, '"/="'],
    [/\bseed \d{3}\b/i, 'an internal note naming a seed'],
  ];
  for (const [re, what] of raw) {
    const at = prose.search(re);
    if (at >= 0) failures.push(`the rendered statement shows ${what}: "${snippet(prose, at)}"`);
  }
  failures.push(...checkSourceLine(markdown, source));
  return failures;
}
