/** Control characters other than tab, line feed and carriage return: PostgreSQL refuses NUL, and no field needs the rest. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

import { AppError } from '../errors';

export type ControlCharacter = { field: string; codePoint: string };

export function controlCharacterError({ field, codePoint }: ControlCharacter): AppError {
  return new AppError('bad_request', `The field "${field}" contains a control character (${codePoint}), which is not allowed. Remove it and try again.`, {
    [field]: [`Contains a control character (${codePoint}).`],
  });
}

/** The first string in a JSON value or form that holds a control character, named by its field path. */
export function findControlCharacter(value: unknown, path: string[] = []): ControlCharacter | null {
  if (typeof value === 'string') {
    const found = CONTROL_CHARACTER.exec(value);
    if (!found) return null;
    const codePoint = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return { field: path.join('.') || 'body', codePoint };
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findControlCharacter(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findControlCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
