import ts from 'typescript';
import { positionsOf, type CodeToken } from './code-token';

/**
 * TypeScript's own scanner (the compiler's, so every construct is read as the language reads it).
 * Identifiers, numbers, strings and template text become their kind only, and comments and layout
 * are skipped: renaming variables or reformatting code changes no token.
 */
export function tokenizeTypeScript(code: string): CodeToken[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, code);
  const at = positionsOf(code);
  const tokens: CodeToken[] = [];
  // the scanner needs the parser's help in two places: `}` that continues a template, `/` that starts a regex
  const templateBraces: number[] = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; previous = kind, kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken && templateBraces.length) templateBraces[templateBraces.length - 1]!++;
    if (kind === ts.SyntaxKind.CloseBraceToken && templateBraces.length) {
      if (templateBraces.at(-1) === 0) kind = scanner.reScanTemplateToken(false);
      else templateBraces[templateBraces.length - 1]!--;
    }
    if (kind === ts.SyntaxKind.TemplateHead) templateBraces.push(0);
    if (kind === ts.SyntaxKind.TemplateTail) templateBraces.pop();
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !ENDS_EXPRESSION.has(previous)) kind = scanner.reScanSlashToken();
    const start = at(scanner.getTokenStart());
    const end = at(scanner.getTokenEnd());
    tokens.push({ token: tokenName(kind), startRow: start.row, startCol: start.col, endRow: end.row, endCol: end.col });
  }
  return tokens;
}

const ENDS_EXPRESSION = new Set([
  ts.SyntaxKind.Identifier, ts.SyntaxKind.PrivateIdentifier, ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.BigIntLiteral, ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateTail, ts.SyntaxKind.RegularExpressionLiteral, ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken, ts.SyntaxKind.CloseBraceToken, ts.SyntaxKind.ThisKeyword, ts.SyntaxKind.SuperKeyword, ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword, ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken, ts.SyntaxKind.ExclamationToken,
]);

function tokenName(kind: ts.SyntaxKind): string {
  switch (kind) {
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.PrivateIdentifier:
      return '<name>';
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
      return '<number>';
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail:
    case ts.SyntaxKind.RegularExpressionLiteral:
      return '<string>';
    default:
      return ts.tokenToString(kind) ?? ts.SyntaxKind[kind];
  }
}
