import { randomBytes } from 'node:crypto';

/** The link a person opens to join. */
export function invitationUrl(appUrl: string, token: string): string {
  return new URL(`/join/${token}`, appUrl).toString();
}

/** 256 random bits, base64url: what an invitation link carries. */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}
