import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import path from 'node:path';
import { applyMigrations, MigrationError, readMigrations, type Migration } from '../../lib/server/db/migrations';
import { testDatabaseUrl } from './helpers';

const adminUrl = testDatabaseUrl();
const scratchUrl = adminUrl.replace(/\/[^/]+$/, '/migration_scratch');
const admin = new pg.Client({ connectionString: adminUrl });

beforeAll(async () => {
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS migration_scratch');
  await admin.query('CREATE DATABASE migration_scratch');
});
afterAll(async () => {
  await admin.query('DROP DATABASE IF EXISTS migration_scratch WITH (FORCE)');
  await admin.end();
});

async function scratchQuery<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: scratchUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migration = (name: string, sql: string): Migration => ({ name, sql, checksum: name });

describe('applyMigrations', () => {
  it('applies the project migrations from empty and records them as prisma migrate deploy does', async () => {
    const migrations = await readMigrations(path.resolve(import.meta.dirname, '../../prisma/migrations'));
    expect(migrations.length).toBeGreaterThan(0);
    expect(await applyMigrations(scratchUrl, migrations)).toEqual(migrations.map((m) => m.name));
    const rows = await scratchQuery<{ migration_name: string; checksum: string; finished_at: Date }>('SELECT migration_name, checksum, finished_at FROM _prisma_migrations');
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    expect(rows.every((r) => r.finished_at && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    expect(await applyMigrations(scratchUrl, migrations)).toEqual([]);
  });

  it('rolls a failing migration back completely and stops with its name', async () => {
    const bad = migration('29990101000000_half_broken', 'CREATE TABLE half_made (id int); SELECT * FROM no_such_table;');
    await expect(applyMigrations(scratchUrl, [bad])).rejects.toThrow(MigrationError);
    await expect(applyMigrations(scratchUrl, [bad])).rejects.toThrow(/29990101000000_half_broken failed and was rolled back/);
    const tables = await scratchQuery("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_made'");
    expect(tables).toHaveLength(0);
    const recorded = await scratchQuery("SELECT 1 FROM _prisma_migrations WHERE migration_name = '29990101000000_half_broken'");
    expect(recorded).toHaveLength(0);
  });
});
