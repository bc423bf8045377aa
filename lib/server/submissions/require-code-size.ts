import { AppError } from '../errors';
import { MAX_CODE_BYTES } from './limits';

/** Code larger than MAX_CODE_BYTES is refused, with its size. */
export function requireCodeSize(code: string): void {
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > MAX_CODE_BYTES) throw new AppError('payload_too_large', `Your code is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_CODE_BYTES / 1024} KB.`);
}
