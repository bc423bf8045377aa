import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { parseSignature } from '../../../grader/problems/signature.ts';
import { citeStudySheets } from '../../../grader/problems/study-sheets.ts';
import { parsePythonSignature } from '../../../grader/python/python-signature.ts';
import { readCommonMistakes } from './read-common-mistakes';
import { renderStatement } from './render-statement';

const Sources = z.array(z.object({ seed: z.string(), section: z.string() }));

export const ProblemSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

/** What the problem page shows. Never test data or the reference: those stay in the grader. */
export async function getProblemPage(prisma: PrismaClient, { slug }: { slug: string }) {
  const parsed = ProblemSlug.safeParse(slug);
  const problem = parsed.success
    ? await prisma.problem.findFirst({
        where: { slug: parsed.data, active: true },
        select: {
          slug: true, entry: true, title: true, topic: true, difficulty: true, version: true, sources: true, signature: true, statementMd: true, starterCode: true,
          timeLimitMs: true, memoryLimitMb: true, commonMistakes: true, pythonEntry: true, pythonSignature: true, pythonStarterCode: true,
        },
      })
    : null;
  if (!problem) throw new AppError('not_found', `There is no problem "${slug}".`);
  const { statementMd, sources, pythonEntry, pythonSignature, pythonStarterCode, commonMistakes, ...rest } = problem;
  const parsedSignature = parseSignature(problem.signature);
  const paramNames = parsedSignature?.params ?? [];
  /** the same for both languages: custom inputs are the TypeScript contract's values */
  const paramTypes = parsedSignature?.types ?? [];
  const mistakes = readCommonMistakes(commonMistakes);
  const statementHtml = await renderStatement(problem.version, statementMd);
  let python = null;
  if (pythonEntry !== null && pythonSignature !== null && pythonStarterCode !== null) {
    const pythonParams = parsePythonSignature(pythonSignature, pythonEntry)?.params.map((p) => p.name) ?? paramNames;
    const names = new Map([[problem.entry, pythonEntry], ...paramNames.map((n, i): [string, string] => [n, pythonParams[i] ?? n])]);
    python = {
      entry: pythonEntry,
      signature: pythonSignature,
      starterCode: pythonStarterCode,
      paramNames: pythonParams,
      paramTypes,
      statementHtml: renameCodeSpans(statementHtml, names),
      // Python mistakes describe the same mistakes in Python's words; packages without them fall back to TypeScript's
      mistakes: mistakes.python.length > 0 ? mistakes.python : mistakes.typescript,
    };
  }
  return {
    ...rest,
    /** the study sheets it draws on, by title, each with its section names */
    sources: citeStudySheets(Sources.parse(sources)),
    paramNames,
    paramTypes,
    statementHtml,
    /** what the package's known mistakes get wrong, in words (never the tests that catch them); shown once solved */
    mistakes: mistakes.typescript,
    python,
  };
}

/**
 * The statement names parameters and the function as TypeScript spells them; a Python reader sees the
 * Python names. Only inline code that is exactly one of those names changes.
 */
function renameCodeSpans(html: string, names: ReadonlyMap<string, string>): string {
  return html.replace(/<code>([A-Za-z_$][\w$]*)<\/code>/g, (whole, name: string) => {
    const renamed = names.get(name);
    return renamed === undefined ? whole : `<code>${renamed}</code>`;
  });
}
