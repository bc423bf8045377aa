import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { invitationUrl, newInvitationToken } from '../invitations/invitation-url';
import { enqueueJob } from '../queue/enqueue-job';
import { getAssessmentOrThrow } from './get-assessment-or-throw';
import type { InviteCandidatesInput } from './schemas';

export type InviteCandidatesOptions = InviteCandidatesInput & {
  userId: string;
  organizationId: string;
  assessmentId: string;
  appUrl: string;
  /** whether this server can send e-mail (SMTP_URL is set) */
  mailEnabled: boolean;
};

export type PersonalInvitation = { email: string; url: string; emailed: boolean };

/**
 * A personal, single-use link per address, carrying that person's extra time; it works until the
 * assessment closes. Where the server can send e-mail the links are sent (the e-mail jobs enqueued with
 * the links, in one transaction); where it cannot, they are returned to copy, so nobody is left out.
 */
export async function inviteCandidates(prisma: PrismaClient, options: InviteCandidatesOptions): Promise<{ invitations: PersonalInvitation[] }> {
  const { userId, organizationId, assessmentId, extraTimeMinutes, extraTimePercent } = options;
  const assessment = await getAssessmentOrThrow(prisma, { userId, organizationId, assessmentId, roles: MANAGERS });
  if (assessment.closesAt <= new Date()) throw new AppError('bad_request', 'This assessment has closed: move its closing time later to invite more candidates.');
  const emails = [...new Set(options.emails)];
  return prisma.$transaction(async (tx) => {
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
    const inviter = (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } })).name;
    const invitations: PersonalInvitation[] = [];
    for (const email of emails) {
      const token = newInvitationToken();
      await tx.invitation.create({ data: { organizationId, role: 'candidate', token, createdById: userId, email, maxUses: 1, expiresAt: assessment.closesAt, assessmentId, extraTimeMinutes, extraTimePercent } });
      const url = invitationUrl(options.appUrl, token);
      if (options.mailEnabled) {
        await enqueueJob(tx, 'send_email', {
          to: email,
          subject: `${organization.name}: ${assessment.title}`,
          text: invitationText({ inviter, organization: organization.name, title: assessment.title, minutes: assessment.timeLimitMinutes, closesAt: assessment.closesAt, url }),
        });
      }
      invitations.push({ email, url, emailed: options.mailEnabled });
    }
    return { invitations };
  });
}

function invitationText(v: { inviter: string; organization: string; title: string; minutes: number; closesAt: Date; url: string }): string {
  return [
    `${v.inviter} of ${v.organization} invites you to take the assessment “${v.title}”.`,
    '',
    `It is timed (${v.minutes} minutes once you start) and can be started until ${v.closesAt.toUTCString()}.`,
    'Open this link to create your account (or sign in) and see the instructions; the clock starts only when you press Start assessment:',
    v.url,
    '',
  ].join('\n');
}
