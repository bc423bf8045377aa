import { z } from 'zod';
import { OrgRoleInput } from '../organizations/schemas';

export const INVITATION_MAX_DAYS = 90;

export const CreateInvitationInput = z.object({
  role: OrgRoleInput,
  expiresInDays: z.coerce.number({ message: 'Choose when the link expires.' }).int().min(1, 'At least 1 day.').max(INVITATION_MAX_DAYS, `At most ${INVITATION_MAX_DAYS} days.`),
  /** 'single': the first person to join uses it up; 'multi': anyone with the link, until it expires */
  uses: z.enum(['single', 'multi'], { message: 'Choose single- or multi-use.' }),
  email: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().toLowerCase().pipe(z.email({ message: 'Enter a valid e-mail address, or leave it empty.' })).optional(),
  ),
});
export type CreateInvitationInput = z.infer<typeof CreateInvitationInput>;


export type InvitationStatus = 'active' | 'expired' | 'revoked' | 'used_up';

export function invitationStatus(row: { expiresAt: Date; revokedAt: Date | null; maxUses: number | null; uses: number }, now = new Date()): InvitationStatus {
  if (row.revokedAt) return 'revoked';
  if (row.maxUses !== null && row.uses >= row.maxUses) return 'used_up';
  if (row.expiresAt <= now) return 'expired';
  return 'active';
}
