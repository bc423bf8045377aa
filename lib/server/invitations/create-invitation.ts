import { requireMembership } from '../access/require-membership';
import { MANAGERS, ROLE_LABELS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { enqueueJob } from '../queue/enqueue-job';
import { invitationUrl, newInvitationToken } from './invitation-url';
import type { CreateInvitationInput } from './schemas';

export type CreateInvitationOptions = CreateInvitationInput & {
  userId: string;
  organizationId: string;
  appUrl: string;
  /** whether this server can send e-mail (SMTP_URL is set) */
  mailEnabled: boolean;
};

/**
 * Owners invite any role; coaches invite candidates. With an e-mail address the link is also sent
 * (the e-mail job is enqueued in the same transaction as the invitation).
 */
export async function createInvitation(prisma: PrismaClient, options: CreateInvitationOptions): Promise<{ id: string; url: string; emailed: boolean }> {
  const { userId, organizationId, role, email } = options;
  const membership = await requireMembership(prisma, { userId, organizationId, roles: MANAGERS });
  if (membership.role !== 'owner' && role !== 'candidate') throw new AppError('forbidden', 'Coaches invite candidates; ask an owner to invite staff.');
  if (email && !options.mailEnabled) {
    throw new AppError('bad_request', 'This server cannot send e-mail (SMTP_URL is not set): leave the address empty and copy the link.', { email: ['E-mail is not set up on this server.'] });
  }
  const token = newInvitationToken();
  const url = invitationUrl(options.appUrl, token);
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: {
        organizationId,
        role,
        token,
        createdById: userId,
        email: email ?? null,
        maxUses: options.uses === 'single' ? 1 : null,
        expiresAt: new Date(Date.now() + options.expiresInDays * 86_400_000),
      },
      select: { id: true, organization: { select: { name: true } }, createdBy: { select: { name: true } } },
    });
    if (email) {
      await enqueueJob(tx, 'send_email', {
        to: email,
        subject: `Join ${invitation.organization.name} on ML Interview Grader`,
        text: `${invitation.createdBy.name} invites you to join ${invitation.organization.name} as ${ROLE_LABELS[role].toLowerCase()}.\n\nOpen this link to join (it expires in ${options.expiresInDays} ${options.expiresInDays === 1 ? 'day' : 'days'}):\n${url}\n`,
      });
    }
    return { id: invitation.id, url, emailed: Boolean(email) };
  });
}
