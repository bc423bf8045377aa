import 'server-only';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkRehype).use(rehypeKatex, { strict: 'ignore' }).use(rehypeStringify);

/**
 * Markdown written by users (a problem set's description) → HTML. Raw HTML in it is dropped
 * (remark-rehype passes none through without allowDangerousHtml), so the result is safe in a page.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}
