/**
 * A TypeScript module that only type-checks when the candidate's file still exports the function
 * the grader calls, with a compatible signature. The editor type-checks it next to the candidate's
 * model and turns its errors into warnings on the candidate's code.
 */
export function signatureContractSource(signature: string, entry: string, solutionModule = './solution'): string | null {
  const declaration = signature.replace(new RegExp(`^\\s*export\\s+function\\s+${escapeRegExp(entry)}\\s*`), 'declare function __graderCalls');
  if (declaration === signature || !/^[A-Za-z_$][\w$]*$/.test(entry)) return null;
  return [`import { ${entry} } from '${solutionModule}';`, `${declaration};`, `const __yourExport: typeof __graderCalls = ${entry};`, 'export {};', ''].join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
