import pg from 'pg';

export type DatabaseWatchOptions = {
  databaseUrl: string;
  log: (line: string) => void;
  /** between connection attempts while the database is down */
  retryMs?: number;
  /** between probes while it is up (a dropped connection is noticed at once anyway) */
  probeMs?: number;
  timeoutMs?: number;
};

/**
 * Whether this process can reach PostgreSQL right now, from one connection of its own: a killed or
 * restarting server closes it, which is noticed at once; while up, a probe every few seconds catches a
 * server that stopped answering. While down it tries again every `retryMs`. The web server answers
 * "recovering" (503) instead of letting pages fail while `up` is false.
 */
export class DatabaseWatch {
  /** `known`: false until the first check has answered */
  private state = { up: false, known: false, since: performance.now() };
  private client: pg.Client | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checking: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: DatabaseWatchOptions) {}

  get up(): boolean {
    return this.state.up;
  }

  /** The first check; resolves either way, so the server can start while the database is down. */
  start(): Promise<void> {
    return this.check();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    void this.client?.end().catch(() => undefined);
  }

  /** One check at a time; the next is scheduled when it ends. */
  private check(): Promise<void> {
    this.checking ??= this.probe().finally(() => {
      this.checking = null;
      this.schedule(this.state.up ? (this.options.probeMs ?? 5_000) : (this.options.retryMs ?? 500));
    });
    return this.checking;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.stopped) this.timer = setTimeout(() => void this.check(), ms);
  }

  private async probe(): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? 5_000;
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.options.databaseUrl, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, keepAlive: true });
        const lost = () => this.lost(client);
        client.on('error', lost);
        client.on('end', lost);
        this.client = client;
        await client.connect();
      }
      await this.client.query('SELECT 1');
      this.mark(true);
    } catch (error) {
      this.drop();
      this.mark(false, error);
    }
  }

  /** The connection closed under us (the server died or restarted): down now, and check again soon. */
  private lost(client: pg.Client): void {
    if (this.client !== client || this.stopped) return;
    this.drop();
    this.mark(false, new Error('the connection closed'));
    if (!this.checking) this.schedule(this.options.retryMs ?? 500);
  }

  private drop(): void {
    void this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private mark(up: boolean, error?: unknown): void {
    if (this.state.known && this.state.up === up) return;
    const seconds = ((performance.now() - this.state.since) / 1000).toFixed(1);
    const first = !this.state.known;
    this.state = { up, known: true, since: performance.now() };
    if (first && up) return;
    if (up) this.options.log(`the database is reachable again (after ${seconds} s)`);
    else this.options.log(`the database is unreachable (${error instanceof Error ? error.message : String(error)}); pages say the service is recovering`);
  }
}
