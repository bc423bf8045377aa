import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCommonMistakes } from '../../../lib/server/problems/list-common-mistakes';

describe('listCommonMistakes', () => {
  it("reads each mistake's description from a real package, never its code", async () => {
    const mistakes = await listCommonMistakes('stable-softmax');
    expect(mistakes).toContain('no max subtraction, so exp(1000) overflows and logits of ±1000 give NaN');
    expect(mistakes.length).toBeGreaterThanOrEqual(4);
    expect(mistakes.join('\n')).not.toMatch(/export function|return/);
  });

  it('describes a mistake made in both languages once, and skips malformed headers', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mistakes-'));
    await mkdir(path.join(dir, 'toy', 'mistakes'), { recursive: true });
    await writeFile(path.join(dir, 'toy', 'mistakes', 'a.ts'), '// expect: wrong_answer\n// mistake: off by one\nexport function f() {}\n');
    await writeFile(path.join(dir, 'toy', 'mistakes', 'a.py'), '# expect: wrong_answer\n# mistake: off by one\ndef f(): pass\n');
    await writeFile(path.join(dir, 'toy', 'mistakes', 'b.ts'), '// no header\n');
    expect(await listCommonMistakes('toy', dir)).toEqual(['off by one']);
  });

  it('is empty for a package without mistakes or a slug that is not one', async () => {
    expect(await listCommonMistakes('no-such-package')).toEqual([]);
    expect(await listCommonMistakes('../etc')).toEqual([]);
  });
});
