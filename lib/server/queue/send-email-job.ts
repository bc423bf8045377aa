import type { Mailer } from '../mail/mailer';
import type { TaskPayload } from './tasks';

/** Sends one e-mail. A failure is thrown, so the queue retries it with backoff. */
export async function sendEmailJob(context: { mailer: Mailer | null }, payload: TaskPayload<'send_email'>): Promise<void> {
  if (!context.mailer) throw new Error('SMTP_URL is not set on this worker, so it cannot send e-mail.');
  await context.mailer.send(payload);
}
