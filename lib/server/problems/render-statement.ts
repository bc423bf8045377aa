import 'server-only';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkRehype).use(rehypeKatex, { strict: 'ignore' }).use(rehypeStringify);

const rendered = new Map<string, Promise<string>>();

/**
 * Statement Markdown → HTML with KaTeX, on the server (no math rendering in the browser). Cached
 * per problem version. Statements come from the repository's problem packages, not from users;
 * raw HTML in them is not passed through.
 */
export function renderStatement(version: string, markdown: string): Promise<string> {
  let html = rendered.get(version);
  if (!html) {
    html = processor.process(markdown).then(String);
    rendered.set(version, html);
  }
  return html;
}
