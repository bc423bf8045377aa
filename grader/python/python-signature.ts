/**
 * The Python side of a problem's contract, read from its starter.py: the function's name (the snake_case
 * form of the TypeScript export), its parameters in order, and from their annotations which numbers
 * arrive as `int` (grader/PROBLEM_FORMAT.md, "Python").
 */

/** What an argument is converted to, derived from its annotation. */
export type PyType =
  | { kind: 'int' }
  | { kind: 'float' }
  | { kind: 'other' } // bool, str, None, Any, unannotated: values pass as they are, numbers as float
  | { kind: 'list'; of: PyType }
  | { kind: 'dict'; of: PyType }
  | { kind: 'fields'; fields: Record<string, PyType> };

export interface PythonParam {
  name: string;
  annotation: string | null;
  type: PyType;
}

export interface PythonSignature {
  name: string;
  params: PythonParam[];
  returns: string | null;
  /** the `def` line(s) as written, up to and including the colon */
  text: string;
}

/** `rocAuc` → `roc_auc`, `averagedPRF` → `averaged_prf`, `twoProportionZTest` → `two_proportion_z_test`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

const OTHER: PyType = { kind: 'other' };

/** Splits at top-level commas (outside brackets and string literals). */
function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      current += ch;
      if (ch === '\\') current += text[++i] ?? '';
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    if (depth === 0 && ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim());
}

const INT_NAMES = new Set(['int', 'np.integer', 'numpy.integer']);
const FLOAT_NAMES = new Set(['float', 'np.floating', 'numpy.floating', 'np.float64', 'numpy.float64']);
const LIST_NAMES = new Set(['list', 'List', 'typing.List', 'Sequence', 'typing.Sequence', 'collections.abc.Sequence', 'tuple', 'Tuple', 'typing.Tuple']);
const DICT_NAMES = new Set(['dict', 'Dict', 'typing.Dict', 'Mapping', 'typing.Mapping']);
const OPTIONAL_NAMES = new Set(['Optional', 'typing.Optional', 'Union', 'typing.Union']);

/** An annotation to a conversion; `typedDicts` are the TypedDict classes declared in the same file. */
export function annotationType(annotation: string | null, typedDicts: ReadonlyMap<string, Record<string, PyType>> = new Map()): PyType {
  if (annotation === null) return OTHER;
  let text = annotation.trim();
  if ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'"))) text = text.slice(1, -1).trim();
  const union = splitTopLevel(text, '|').filter((p) => p !== 'None');
  if (union.length !== 1) return OTHER;
  text = union[0]!;
  const open = text.indexOf('[');
  const head = (open < 0 ? text : text.slice(0, open)).trim();
  const inner = open < 0 || !text.endsWith(']') ? null : splitTopLevel(text.slice(open + 1, -1));
  if (INT_NAMES.has(head)) return { kind: 'int' };
  if (FLOAT_NAMES.has(head)) return { kind: 'float' };
  const fields = typedDicts.get(head);
  if (fields) return { kind: 'fields', fields };
  if (inner === null) return OTHER;
  if (OPTIONAL_NAMES.has(head)) {
    const options = inner.filter((p) => p !== 'None');
    return options.length === 1 ? annotationType(options[0]!, typedDicts) : OTHER;
  }
  if (LIST_NAMES.has(head)) {
    const items = inner.filter((p) => p !== '...');
    const types = items.map((p) => annotationType(p, typedDicts));
    // tuple[int, int] or list[int]: one element type for all
    const first = types[0];
    return first && types.every((t) => JSON.stringify(t) === JSON.stringify(first)) ? { kind: 'list', of: first } : { kind: 'list', of: OTHER };
  }
  if (DICT_NAMES.has(head) && inner.length === 2) return { kind: 'dict', of: annotationType(inner[1]!, typedDicts) };
  return OTHER;
}

/** `class Name(TypedDict):` blocks at the top level of a file: field name → conversion. */
export function typedDictsOf(source: string): Map<string, Record<string, PyType>> {
  const found = new Map<string, Record<string, PyType>>();
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^class\s+([A-Za-z_]\w*)\s*\(\s*(?:typing\.)?TypedDict\b[^)]*\)\s*:/.exec(lines[i]!);
    if (!head) continue;
    const fields: Record<string, PyType> = {};
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (/^\S/.test(line)) break;
      const field = /^\s+([A-Za-z_]\w*)\s*:\s*(.+?)\s*(#.*)?$/.exec(line);
      if (field) fields[field[1]!] = annotationType(field[2]!, found);
    }
    found.set(head[1]!, fields);
  }
  return found;
}

/**
 * The top-level `def <name>(…)` of a Python file, across lines. Null when there is none or its
 * parentheses never close.
 */
export function parsePythonSignature(source: string, name: string): PythonSignature | null {
  const head = new RegExp(`^def\\s+${name}\\s*\\(`, 'm').exec(source);
  if (!head) return null;
  let depth = 1;
  let quote: string | null = null;
  let i = head.index + head[0].length;
  const paramsStart = i;
  for (; i < source.length && depth > 0; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') i = Math.max(i, source.indexOf('\n', i) - 1);
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
  }
  if (depth !== 0) return null;
  const paramsText = source.slice(paramsStart, i - 1).replace(/#[^\n]*/g, '');
  const colon = source.indexOf(':', i);
  if (colon < 0) return null;
  const arrow = /^\s*->\s*([\s\S]*?)\s*$/.exec(source.slice(i, colon));
  const typedDicts = typedDictsOf(source);
  const params: PythonParam[] = [];
  for (const part of splitTopLevel(paramsText)) {
    if (part === '*' || part === '/' || part.startsWith('*')) continue;
    const [left] = splitTopLevel(part, '=');
    const [paramName, ...annotationParts] = splitTopLevel(left ?? part, ':');
    const annotation = annotationParts.length > 0 ? annotationParts.join(':').trim() : null;
    params.push({ name: paramName!.trim(), annotation, type: annotationType(annotation, typedDicts) });
  }
  return { name, params, returns: arrow ? arrow[1]!.trim() : null, text: source.slice(head.index, colon + 1) };
}
