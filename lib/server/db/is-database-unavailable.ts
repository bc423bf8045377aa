/** Driver-adapter kinds that mean "no database right now", not "this query was wrong". */
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** Prisma's own codes for the same (server unreachable, timed out, closed the connection, pool exhausted). */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
/** PostgreSQL's: shutting down or crashed (57P01-57P03), connection failures (class 08). */
const POSTGRES_CODE = /^(57P0[1-3]|08...)$/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/**
 * Whether an error only says the database cannot be reached at the moment (it is restarting, or
 * overloaded): such a request is answered "recovering, try again" (503), not "something went wrong".
 * Looks through Prisma's wrapping (meta.driverAdapterError.cause) and `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  if (typeof e.kind === 'string' && UNREACHABLE_KINDS.has(e.kind)) return true;
  if (e.kind === 'postgres' && typeof e.code === 'string' && POSTGRES_CODE.test(e.code)) return true;
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || POSTGRES_CODE.test(e.code))) return true;
  if (typeof e.message === 'string' && /^Connection terminated( unexpectedly| due to connection timeout)?$/.test(e.message)) return true;
  return isDatabaseUnavailable(e.meta?.driverAdapterError?.cause, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
