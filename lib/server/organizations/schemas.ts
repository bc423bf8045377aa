import { z } from 'zod';

export const OrganizationName = z.string().trim().min(2, 'Use at least 2 characters.').max(80, 'Use at most 80 characters.');
export const OrgRoleInput = z.enum(['owner', 'coach', 'reviewer', 'candidate'], { message: 'Choose a role.' });

export const CreateOrganizationInput = z.object({
  name: OrganizationName,
  kind: z.enum(['coaching', 'hiring'], { message: 'Choose Coaching or Hiring.' }),
});
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationInput>;

export const RenameOrganizationInput = z.object({ name: OrganizationName });
export type RenameOrganizationInput = z.infer<typeof RenameOrganizationInput>;

export const DeleteOrganizationInput = z.object({ confirmName: z.string().trim().max(200) });
export type DeleteOrganizationInput = z.infer<typeof DeleteOrganizationInput>;

export const ChangeRoleInput = z.object({ role: OrgRoleInput });
export type ChangeRoleInput = z.infer<typeof ChangeRoleInput>;
