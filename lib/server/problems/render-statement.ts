import 'server-only';
import { renderStatementHtml, statementBody } from '../../../grader/problems/render-statement-html.ts';

const rendered = new Map<string, Promise<string>>();

/**
 * The statement as the problem page shows it (without its title and closing Source paragraph, which the page
 * shows from the problem's own fields), rendered to HTML with KaTeX on the server. Cached per problem version.
 */
export function renderStatement(version: string, markdown: string): Promise<string> {
  let html = rendered.get(version);
  if (!html) {
    html = renderStatementHtml(statementBody(markdown)).then((r) => r.html);
    rendered.set(version, html);
  }
  return html;
}
