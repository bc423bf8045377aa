import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

/** The rules that fired on `code` as if it were the file at `filePath`. */
async function rulesFiring(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

// the first lint loads the TypeScript parser and every plugin: slow on a busy machine
describe('ESLint keeps the layers apart', { timeout: 120_000 }, () => {
  it('refuses Prisma under app/: no generated client, no query through db()', async () => {
    expect(await rulesFiring('app/x/page.tsx', "import { PrismaClient } from '@/lib/generated/prisma/client';\nexport const c = PrismaClient;\n")).toContain('no-restricted-imports');
    expect(await rulesFiring('app/x/page.tsx', "import { db } from '@/lib/server/db/client';\nexport const n = () => db().user.count();\n")).toContain('no-restricted-syntax');
    expect(await rulesFiring('app/x/page.tsx', "import { db } from '@/lib/server/db/client';\nimport { getProgress } from '@/lib/server/progress/get-progress';\nexport const p = () => getProgress(db(), { userId: 'u' });\n")).toEqual([]);
  });

  it('refuses lib/server and the web app from the grader', async () => {
    expect(await rulesFiring('grader/x.ts', "import { db } from '../lib/server/db/client';\nexport const d = db;\n")).toContain('no-restricted-imports');
    expect(await rulesFiring('grader/x.ts', "import { verdictLabel } from '../lib/shared/submission-view';\nexport const v = verdictLabel;\n")).toContain('no-restricted-imports');
  });

  it("refuses server modules in 'use client' code, except as types", async () => {
    expect(await rulesFiring('app/x/form.tsx', "'use client';\nimport { db } from '@/lib/server/db/client';\nexport const d = db;\n")).toContain('layers/no-server-imports-in-client');
    expect(await rulesFiring('app/x/form.tsx', "'use client';\nimport type { ActionState } from '@/lib/server/http/action';\nexport type S = ActionState;\n")).toEqual([]);
    expect(await rulesFiring('lib/ui/x.ts', "import { AppError } from '../server/errors';\nexport const e = AppError;\n")).toContain('no-restricted-imports');
  });
});
