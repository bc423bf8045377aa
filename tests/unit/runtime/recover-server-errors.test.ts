import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverServerErrors } from '../../../lib/server/http/recover-server-errors';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A "page" answering `status` (implicitly as Next often does, or through writeHead), written as a stream that waits for each write. */
async function serve(status: number, down: boolean, explicitHead = false): Promise<Response> {
  server = createServer((req, res) => {
    recoverServerErrors(req, res, () => down);
    if (explicitHead) res.writeHead(status, { 'Content-Type': 'text/plain', 'Content-Length': '10' });
    else res.statusCode = status;
    res.write('first ', () => res.end('page'));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/problems`, { headers: { Accept: 'text/html' } });
  return res;
}

async function close() {
  await new Promise<void>((resolve) => server!.close(() => resolve()));
  server = null;
}

describe('a 5xx while the database is down', () => {
  it('becomes the recovering page, whether the head is written implicitly or explicitly', async () => {
    for (const explicitHead of [false, true]) {
      const res = await serve(500, true, explicitHead);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('3');
      expect(await res.text()).toContain('The service is recovering');
      await close();
    }
  });

  it('is left alone while the database is up, and other statuses are never touched', async () => {
    const failed = await serve(500, false);
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('first page');
    await close();
    const ok = await serve(200, true);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('first page');
  });
});
