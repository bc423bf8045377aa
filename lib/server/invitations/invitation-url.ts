/** The link a person opens to join. */
export function invitationUrl(appUrl: string, token: string): string {
  return new URL(`/join/${token}`, appUrl).toString();
}
