import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** The part of an HTML tree the statement checks walk (hast, without depending on its types package). */
export interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HtmlNode[];
}

export interface RenderedStatement {
  html: string;
  /** the HTML tree, for checks of what the reader sees */
  tree: HtmlNode;
  /** KaTeX failures ("could not render math with KaTeX: …"); the page shows such math in red */
  mathErrors: string[];
}

/** Keeps the finished HTML tree on the file, for the checks of what a reader sees. */
function keepTree() {
  return (tree: unknown, file: { data: Record<string, unknown> }) => {
    file.data.htmlTree = tree;
  };
}

// Statements come from the repository's problem packages, not from users; raw HTML in them is not passed through.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkRehype).use(rehypeKatex, { strict: 'ignore' }).use(keepTree).use(rehypeStringify);

/**
 * Statement Markdown → HTML with KaTeX, exactly as the problem page shows it (no math rendering in the
 * browser), so `problems:check` and the statement test see what a candidate sees.
 */
export async function renderStatementHtml(markdown: string): Promise<RenderedStatement> {
  const file = await processor.process(markdown);
  const mathErrors = file.messages
    .filter((m) => m.source === 'rehype-katex')
    .map((m) => `${m.reason}: ${m.cause instanceof Error ? m.cause.message.split('\n')[0] : String(m.cause)}`);
  return { html: String(file), tree: file.data.htmlTree as HtmlNode, mathErrors };
}

/**
 * What the problem page renders of a statement: without the leading `# Title` (the page shows the title
 * itself) and without the closing "Source:" paragraph (the page lists the same study-sheet sections from the
 * front matter, which problems:check proves agree with it).
 */
export function statementBody(markdown: string): string {
  return markdown.replace(/^\s*# [^\n]*\n/, '').replace(/\n\s*Source:[^]*$/, '\n');
}
