import 'server-only';
import { requireMembership, type Membership } from '../access/require-membership';
import type { OrgRole } from '../access/roles';
import type { SessionUser } from '../auth/session';
import { db } from '../db/client';

/**
 * What an entry point needs before its handler runs: nothing (`public`), a session (`required`), or
 * a role in the organization named by the request (`{ roles }`). The domain function checks
 * ownership or membership again itself; this check makes the handler's user non-null and answers
 * 401/404/403 before any input is read.
 */
export type AuthRequirement = 'public' | 'required' | { roles: readonly OrgRole[] };

export type UserFor<A extends AuthRequirement> = A extends 'public' ? null : SessionUser;
export type MembershipFor<A extends AuthRequirement> = A extends { roles: readonly OrgRole[] } ? Membership : null;

export async function checkOrganizationRole(user: SessionUser, auth: { roles: readonly OrgRole[] }, organizationId: unknown): Promise<Membership> {
  // a programming error, not the caller's: the route or action must carry the organization's id
  if (typeof organizationId !== 'string') throw new Error('auth.roles needs an organizationId (path parameter or form field)');
  return requireMembership(db(), { userId: user.id, organizationId, roles: auth.roles });
}
