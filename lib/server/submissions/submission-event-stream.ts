import type { PrismaClient } from '../db/client';
import type { SubmissionView } from '../../shared/submission-view';
import { claimEventStreamSlot } from './event-stream-slots';
import { getSubmission } from './get-submission';
import { submissionStatusListener } from './status-listener';

const POLL_MS = 2_000;
const HEARTBEAT_MS = 15_000;
const MAX_STREAM_MS = 10 * 60_000;

/**
 * Server-sent events for one submission: its current state at once, then every change (woken by
 * the workers' NOTIFY, with a slow poll as a safety net) until it is done. Each event is the whole
 * `SubmissionView`, so a client that misses one loses nothing.
 */
export type SubmissionEventStreamOptions = { databaseUrl: string; viewerId: string; submissionId: string; signal: AbortSignal };

export async function submissionEventStream(prisma: PrismaClient, options: SubmissionEventStreamOptions): Promise<Response> {
  const { viewerId, submissionId, signal } = options;
  const first = await getSubmission(prisma, { viewerId, submissionId }); // not found → an error response, not a stream
  const releaseSlot = claimEventStreamSlot(viewerId);
  const encoder = new TextEncoder();
  const cleanups: Array<() => void> = [releaseSlot];
  let closed = false;
  const stop = () => {
    closed = true;
    cleanups.splice(0).forEach((cleanup) => cleanup());
  };

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let lastSent = '';
      let refreshing: Promise<void> | null = null;
      let again = false;
      const close = () => {
        if (closed) return;
        stop();
        controller.close();
      };
      const send = (view: SubmissionView) => {
        const json = JSON.stringify(view);
        if (json !== lastSent && !closed) {
          lastSent = json;
          controller.enqueue(encoder.encode(`event: submission\ndata: ${json}\n\n`));
        }
        if (view.status === 'done') close();
      };
      const refresh = (): void => {
        if (closed) return;
        if (refreshing) {
          again = true;
          return;
        }
        refreshing = getSubmission(prisma, { viewerId, submissionId })
          .then(send)
          .catch((error: unknown) => console.error(`[submission events] ${submissionId}:`, error))
          .finally(() => {
            refreshing = null;
            if (again) {
              again = false;
              refresh();
            }
          });
      };

      controller.enqueue(encoder.encode(`retry: 1000\n\n`));
      send(first);
      if (closed) return;
      const poll = setInterval(refresh, POLL_MS);
      const heartbeat = setInterval(() => !closed && controller.enqueue(encoder.encode(`: keep-alive\n\n`)), HEARTBEAT_MS);
      const expire = setTimeout(close, MAX_STREAM_MS);
      const onAbort = () => close();
      signal.addEventListener('abort', onAbort);
      cleanups.push(() => clearInterval(poll), () => clearInterval(heartbeat), () => clearTimeout(expire), () => signal.removeEventListener('abort', onAbort));
      const unsubscribe = await submissionStatusListener(options.databaseUrl).subscribe(submissionId, refresh);
      if (closed) unsubscribe();
      else cleanups.push(unsubscribe);
      refresh(); // anything that changed while subscribing
    },
    cancel: stop,
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform keeps `next start`'s compression from buffering the stream
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
