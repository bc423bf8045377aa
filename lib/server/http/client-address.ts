/**
 * The header our web server (web/server.ts) sets on every request to the client's address: the socket's
 * peer, or what a trusted proxy forwarded. Any value a client sends under this name is overwritten.
 */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

/** The client's address for rate limits; 'unknown' when the app runs without our server (tests, `next start`). */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}
