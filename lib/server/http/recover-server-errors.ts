import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendRecovering } from './recovering-response';

/**
 * A page that fails (5xx) while the database is down answers "recovering" instead: the moment its head
 * would be written, if `databaseDown()` says so, the response is replaced by the recovering one and what
 * the app writes after that is acknowledged and dropped. Nothing is held or awaited.
 */
export function recoverServerErrors(req: IncomingMessage, res: ServerResponse, databaseDown: () => boolean): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  const acknowledge = (args: unknown[]) => {
    const callback = args.findLast((a) => typeof a === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
  };
  /** true when the response was replaced */
  const swap = (status: number): boolean => {
    if (res.headersSent || status < 500 || !databaseDown()) return false;
    Object.assign(res, original);
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    sendRecovering(req, res);
    res.write = ((...args: unknown[]) => (acknowledge(args), true)) as ServerResponse['write'];
    res.end = ((...args: unknown[]) => (acknowledge(args), res)) as ServerResponse['end'];
    res.writeHead = (() => res) as ServerResponse['writeHead'];
    return true;
  };
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (swap(Number(args[0]))) return this;
    return (original.writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
  // Next often sets statusCode and calls write/end without writeHead
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (swap(res.statusCode)) return res.write(...(args as [string]));
    return (original.write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (swap(res.statusCode)) return res.end(...(args as [string]));
    return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['end'];
}
