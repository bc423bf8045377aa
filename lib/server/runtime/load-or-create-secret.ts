import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A secret made once and kept in the data folder (outside production), so it survives restarts: the
 * auth secret signing sessions, the key Next encrypts server-action arguments with. Every web process
 * behind one address needs the same value, so several machines are given it explicitly instead.
 */
export async function loadOrCreateSecret(dataDir: string, name: 'auth-secret' | 'server-actions-key'): Promise<string> {
  const file = path.join(dataDir, name);
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  // the actions key is an AES-256 key in base64 (what Next expects); the auth secret any 32+ characters
  const secret = randomBytes(32).toString(name === 'server-actions-key' ? 'base64' : 'base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
