import { EventEmitter } from 'node:events';
import pg from 'pg';
import { SUBMISSION_CHANNEL } from './limits';

type Listener = (submissionId: string) => void;

const RECONNECT_MS = 1_000;

/**
 * One LISTEN connection per web process, fanned out to every open event stream by submission id,
 * so a thousand watching browsers cost one PostgreSQL connection. If the connection drops it is
 * reopened; streams also poll, so a notification lost meanwhile only delays an update.
 */
class SubmissionStatusListener {
  private readonly events = new EventEmitter();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;

  constructor(private readonly databaseUrl: string) {
    this.events.setMaxListeners(0);
  }

  async subscribe(submissionId: string, listener: Listener): Promise<() => void> {
    this.events.on(submissionId, listener);
    await this.connect().catch((error: unknown) => console.error('[submission events] LISTEN failed; streams fall back to polling:', error));
    return () => this.events.off(submissionId, listener);
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.databaseUrl });
      client.on('notification', (message) => {
        if (message.channel === SUBMISSION_CHANNEL && message.payload) this.events.emit(message.payload, message.payload);
      });
      client.on('error', (error) => {
        console.error('[submission events] connection lost:', error.message);
        this.client = null;
        void client.end().catch(() => undefined);
        setTimeout(() => void this.connect().catch(() => undefined), RECONNECT_MS).unref();
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${SUBMISSION_CHANNEL}`);
        this.client = client;
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }
}

const globalForListener = globalThis as unknown as { submissionStatusListener?: SubmissionStatusListener };

export function submissionStatusListener(databaseUrl: string): SubmissionStatusListener {
  globalForListener.submissionStatusListener ??= new SubmissionStatusListener(databaseUrl);
  return globalForListener.submissionStatusListener;
}
