import katex from 'katex';

export interface MathError {
  snippet: string;
  message: string;
}

/** Math segments of a Markdown statement: $$…$$ (display) and $…$ (inline), outside code. */
export function extractMath(markdown: string): Array<{ tex: string; display: boolean }> {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const out: Array<{ tex: string; display: boolean }> = [];
  const re = /\$\$([\s\S]+?)\$\$|(?<![\\$])\$(?!\$)((?:\\\$|[^$\n])+?)\$/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) out.push({ tex: m[1], display: true });
    else if (m[2] !== undefined) out.push({ tex: m[2], display: false });
  }
  return out;
}

/** Renders every math segment with KaTeX (throwOnError) and returns the failures. */
export function checkStatementMath(markdown: string): MathError[] {
  const errors: MathError[] = [];
  for (const { tex, display } of extractMath(markdown)) {
    try {
      katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: 'ignore' });
    } catch (error) {
      errors.push({ snippet: tex.trim().slice(0, 60), message: (error as Error).message.split('\n')[0] ?? '' });
    }
  }
  return errors;
}
