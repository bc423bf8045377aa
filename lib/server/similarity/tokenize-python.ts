import { positionsOf, type CodeToken } from './code-token';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield', 'match', 'case',
]);

// one alternative per kind of token, tried in order at each position (the longest operators first)
const TOKEN = new RegExp(
  [
    String.raw`(?<comment>#[^\n]*)`,
    String.raw`(?<string>(?:[rRbBuUfF]{0,2})(?:'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"))`,
    String.raw`(?<number>(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?))`,
    String.raw`(?<name>[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*)`,
    String.raw`(?<newline>\r?\n)`,
    String.raw`(?<continuation>\\\r?\n)`,
    String.raw`(?<space>[ \t\f]+)`,
    String.raw`(?<op>\*\*=|//=|>>=|<<=|:=|->|\.\.\.|\*\*|//|<<|>>|<=|>=|==|!=|[-+*/%@&|^~]=?|[<>=!.,:;()\[\]{}])`,
    String.raw`(?<other>.)`,
  ].join('|'),
  'gy',
);

/**
 * A small Python tokenizer in the spirit of Python's own `tokenize`: names and literals reduced to
 * their kind, keywords and operators kept, comments and layout inside a line skipped, and the block
 * structure kept as NEWLINE / INDENT / DEDENT (outside brackets), since indentation is syntax in
 * Python. Renaming or reformatting within those rules changes no token.
 */
export function tokenizePython(code: string): CodeToken[] {
  const at = positionsOf(code);
  const tokens: CodeToken[] = [];
  const push = (token: string, start: number, end: number) => {
    const a = at(start);
    const b = at(end);
    tokens.push({ token, startRow: a.row, startCol: a.col, endRow: b.row, endCol: b.col });
  };
  const indents = [0];
  let depth = 0;
  let lineStart = true;
  let lineHasCode = false;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(code); match; match = TOKEN.exec(code)) {
    const groups = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    if (groups.space !== undefined || groups.comment !== undefined || groups.continuation !== undefined) {
      continue;
    }
    if (groups.newline !== undefined) {
      if (depth === 0 && lineHasCode) push('NEWLINE', start, start);
      if (depth === 0) {
        lineStart = true;
        lineHasCode = false;
      }
      continue;
    }
    if (lineStart && depth === 0) {
      const column = at(start).col;
      if (column > indents.at(-1)!) {
        indents.push(column);
        push('INDENT', start, start);
      }
      while (column < indents.at(-1)!) {
        indents.pop();
        push('DEDENT', start, start);
      }
      lineStart = false;
    }
    lineHasCode = true;
    if (groups.op !== undefined && '([{'.includes(groups.op)) depth++;
    if (groups.op !== undefined && ')]}'.includes(groups.op)) depth = Math.max(0, depth - 1);
    const token = groups.string !== undefined ? '<string>' : groups.number !== undefined ? '<number>' : groups.name !== undefined ? (KEYWORDS.has(groups.name) ? groups.name : '<name>') : match[0];
    push(token, start, end);
  }
  return tokens;
}
