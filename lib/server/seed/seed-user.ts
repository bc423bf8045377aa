import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { PrismaClient } from '../db/client';

export type SeedUserOptions = { email: string; name: string; password: string };

/**
 * Creates a user with an e-mail + password login exactly as better-auth's sign-up stores one
 * (user row + `credential` account with better-auth's password hash), so it can sign in normally.
 * Used by the demo seed and by tests.
 */
export async function seedUser(prisma: PrismaClient, options: SeedUserOptions): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const password = await hashPassword(options.password);
  return prisma.user.create({
    data: {
      id,
      email: options.email.toLowerCase(),
      name: options.name,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password } },
    },
    select: { id: true, email: true },
  });
}
