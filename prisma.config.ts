import { defineConfig } from 'prisma/config';

// Prisma 7 reads the connection from here (it does not load .env). Only the CLI uses this file;
// the app builds its connection in lib/db.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
});
