import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverServerErrors } from '../../../lib/server/http/recover-server-errors';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose "page" answers `status` (implicitly, as Next does, or through writeHead) while the database is `up`. */
async function serve(status: number, up: boolean, explicitHead = false): Promise<string> {
  server = createServer((req, res) => {
    recoverServerErrors(req, res, async () => up);
    if (explicitHead) res.writeHead(status, { 'Content-Type': 'text/plain' });
    else res.statusCode = status;
    // written as Next's response stream does: the next write waits for the previous one's callback
    res.write('first ', () => res.end('page'));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/problems`;
}

describe('a 5xx while the database is gone', () => {
  it('becomes the recovering answer when a fresh connection fails (implicit and explicit heads)', async () => {
    for (const explicitHead of [false, true]) {
      const res = await fetch(await serve(500, false, explicitHead), { headers: { Accept: 'text/html' } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('3');
      expect(await res.text()).toContain('The service is recovering');
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = null;
    }
  });

  it('is sent as it was when the database answers, and other statuses are never held', async () => {
    const failed = await fetch(await serve(500, true));
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('first page');
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const ok = await fetch(await serve(200, false));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('first page');
  });
});
