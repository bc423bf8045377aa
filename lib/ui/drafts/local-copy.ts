'use client';

/** Code kept in this browser's storage until the server has it. */
export type LocalCopy = { code: string; at: number; saved: boolean };

export function readLocal(key: string): LocalCopy | null {
  try {
    const copy = JSON.parse(localStorage.getItem(key) ?? 'null') as LocalCopy | null;
    return copy && typeof copy.code === 'string' && typeof copy.at === 'number' ? copy : null;
  } catch {
    return null;
  }
}

export function writeLocal(key: string, copy: LocalCopy): void {
  try {
    localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // storage full or disabled: the server copy is still tried
  }
}
