// The web process: Next.js behind a thin Node server that decides each client's address from the socket
// (and from X-Forwarded-For only when the socket is a trusted proxy), so a forged header cannot dodge the
// rate limits, and that answers "recovering" (503) instead of letting pages fail while the database is
// down. The launcher (scripts/start.ts) runs it; so can an operator: PORT=3000 node --import tsx web/server.ts
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import { CLIENT_ADDRESS_HEADER } from '../lib/server/http/client-address.ts';
import { passesWhileRecovering, sendRecovering } from '../lib/server/http/recovering-response.ts';
import { recoverServerErrors } from '../lib/server/http/recover-server-errors.ts';
import { DatabaseWatch } from '../lib/server/db/database-watch.ts';

const env = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    /** comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed ("loopback" for one on this machine) */
    TRUSTED_PROXIES: z.string().default(''),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
  })
  .parse(process.env);

const trustedProxies = env.TRUSTED_PROXIES.split(',').map((s) => s.trim()).filter(Boolean);
const trust = proxyaddr.compile(trustedProxies);
// what a client must not be able to set unless it is a trusted proxy
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

const dev = env.NODE_ENV === 'development';
const app = next({ dev, dir: path.resolve(import.meta.dirname, '..'), hostname: env.HOST, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
const database = new DatabaseWatch({ databaseUrl: env.DATABASE_URL, log: (line) => console.log(`[web] ${line}`) });
await database.start();

const server = createServer((req, res) => {
  if (!database.up && !passesWhileRecovering(req.url ?? '/')) return sendRecovering(req, res);
  const fromTrustedProxy = trust(req.socket.remoteAddress ?? '', 0);
  req.headers[CLIENT_ADDRESS_HEADER] = proxyaddr(req, trust);
  if (!fromTrustedProxy) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  // a page that failed because the database went away while it rendered says "recovering" too
  if (!passesWhileRecovering(req.url ?? '/')) recoverServerErrors(req, res, () => !database.up);
  void handle(req, res);
});
if (dev) server.on('upgrade', app.getUpgradeHandler());
server.listen(env.PORT, env.HOST, () => {
  console.log(`[web] Next.js ${dev ? 'development' : 'production'} server on ${env.HOST}:${env.PORT}${trustedProxies.length ? `, trusting forwarded addresses from ${trustedProxies.join(', ')}` : ''}`);
});

const stop = () => {
  database.stop();
  server.close();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
