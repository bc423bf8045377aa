import { codeBytes, codeTooLargeMessage } from '../../shared/code-size';
import { AppError } from '../errors';

/** Code larger than the limit is refused, with its size, in the one message the editor shows too. */
export function requireCodeSize(code: string): void {
  const tooLarge = codeTooLargeMessage(codeBytes(code));
  if (tooLarge) throw new AppError('payload_too_large', tooLarge);
}
