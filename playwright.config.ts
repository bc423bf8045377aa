import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './grader/paths.ts';

const PORT = Number(process.env.E2E_PORT ?? 3217);
// a fresh data folder (and so a fresh embedded database) for every run
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `grader-e2e-${process.pid}`);
// …but the expected values `npm run problems:check` has just computed (npm test runs it first) are reused:
// they are keyed by package version, so sharing them is safe, and the server's worker does not spend the
// e2e run recomputing every package's references
const graderDataDir = process.env.GRADER_DATA_DIR ?? path.join(REPO_ROOT, 'data');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 120_000,
  // a first sign-up or a heavy page can take longer than Playwright's 5 s on a busy 2-core machine, and a
  // whole journey longer than a minute
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
    // Debian's Chromium; Playwright's own browser downloads are not reachable offline
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node --import tsx scripts/start.ts',
    url: `http://localhost:${PORT}/api/health`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: { PORT: String(PORT), DATA_DIR: dataDir, GRADER_DATA_DIR: graderDataDir, NODE_ENV: 'development', EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '56500', SIGN_UP_LIMIT_PER_HOUR: '100000' },
  },
});
