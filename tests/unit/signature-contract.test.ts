import { describe, expect, it } from 'vitest';
import { signatureContractSource } from '../../lib/shared/signature-contract';

describe('signatureContractSource', () => {
  it('turns the pinned signature into a declaration the candidate export must match', () => {
    const source = signatureContractSource('export function kmeans(X: number[][], k: number): { labels: number[] }', 'kmeans');
    expect(source).toBe(
      [
        "import { kmeans } from './solution';",
        'declare function __graderCalls(X: number[][], k: number): { labels: number[] };',
        'const __yourExport: typeof __graderCalls = kmeans;',
        'export {};',
        '',
      ].join('\n'),
    );
  });

  it('refuses a signature that does not export the entry', () => {
    expect(signatureContractSource('export function other(x: number): number', 'kmeans')).toBeNull();
    expect(signatureContractSource('export function kmeans(x: number): number', 'k-means')).toBeNull();
  });
});
