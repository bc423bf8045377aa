import 'server-only';
import { renderStatementHtml } from '../../../grader/problems/render-statement-html.ts';

/**
 * Markdown written by users (a problem set's description) → HTML, with math, by the same renderer as
 * problem statements. Raw HTML in it is dropped (remark-rehype passes none through without
 * allowDangerousHtml), so the result is safe to put in a page.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  return (await renderStatementHtml(markdown)).html;
}
