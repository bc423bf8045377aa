import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendRecovering } from './recovering-response';

/**
 * A page that failed with a 5xx because the database went away a moment before the web server's watch
 * noticed must still say "recovering", not show a 500: such a response is held back (its head and body
 * buffered), the database is asked with a fresh connection, and the response is either replaced by the
 * recovering one or sent as it was. Only 5xx answers are held; everything else streams as usual.
 */
export function recoverServerErrors(req: IncomingMessage, res: ServerResponse, databaseReachable: () => Promise<boolean>): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  let held: { head: unknown[]; chunks: unknown[][] } | null = null;

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const status = Number(args[0]);
    if (status >= 500 && !held) {
      held = { head: args, chunks: [] };
      return this;
    }
    return (original.writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];

  // Next often sets statusCode and calls write/end without writeHead (Node then writes the head itself)
  const holdImplicit = () => {
    if (!held && !res.headersSent && res.statusCode >= 500) held = { head: [res.statusCode], chunks: [] };
  };

  res.write = function (this: ServerResponse, ...args: unknown[]) {
    holdImplicit();
    if (!held) return (original.write as (...a: unknown[]) => boolean).apply(this, args);
    // a held chunk counts as written: a writer waiting for its callback (Next's response stream does) goes on
    const callback = args.findLast((a) => typeof a === 'function') as (() => void) | undefined;
    held.chunks.push(args.filter((a) => typeof a !== 'function'));
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse['write'];

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    holdImplicit();
    if (!held) return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
    const { head, chunks } = held;
    Object.assign(res, original);
    void databaseReachable()
      .catch(() => false)
      .then((up) => {
        if (!up) {
          for (const name of res.getHeaderNames()) res.removeHeader(name);
          return sendRecovering(req, res);
        }
        (res.writeHead as (...a: unknown[]) => ServerResponse).apply(res, head);
        for (const chunk of chunks) (res.write as (...a: unknown[]) => boolean).apply(res, chunk);
        (res.end as (...a: unknown[]) => ServerResponse).apply(res, args);
      });
    return this;
  } as ServerResponse['end'];
}
