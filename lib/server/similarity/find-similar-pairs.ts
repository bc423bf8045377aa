import { File, FingerprintIndex, Region, TokenizedFile } from '@dodona/dolos-core';
import type { Language } from '../../../grader/languages.ts';
import type { CodeToken } from './code-token';
import { tokenizePython } from './tokenize-python';
import { tokenizeTypeScript } from './tokenize-typescript';

/** Where a matching fragment lies in each side's code: rows and columns from 0, end exclusive. */
export type CodeRegion = { startRow: number; startCol: number; endRow: number; endCol: number };
export type MatchingFragment = { left: CodeRegion; right: CodeRegion; /** shared fingerprints in it */ kgrams: number };

export type SimilarPair = {
  leftId: string;
  rightId: string;
  /** Dolos's similarity: the two sides' shared fingerprints over all their fingerprints, 0..1 */
  similarity: number;
  /** the longest run of shared fingerprints */
  longestFragment: number;
  /** the matching fragments, longest first */
  fragments: MatchingFragment[];
};

export type FindSimilarPairsOptions = {
  language: Language;
  /** one piece of code per candidate */
  codes: { id: string; code: string }[];
  /** the starter code: what everyone was given is not evidence of copying */
  starterCode: string;
  /** pairs at or above this similarity are returned */
  threshold: number;
};

/**
 * Tokens per k-gram and k-grams per winnowing window. Dolos's defaults (23, 17) suit its syntax-tree
 * tokens, which include every node's brackets; lexical tokens are about half as many for the same
 * code, so the windows are about half as long.
 */
export const KGRAM_LENGTH = 12;
export const KGRAMS_IN_WINDOW = 8;
const MAX_FRAGMENTS = 20;

const TOKENIZERS: Record<Language, (code: string) => CodeToken[]> = { typescript: tokenizeTypeScript, python: tokenizePython };

/**
 * Pairwise similarity of candidates' code for one problem with Dolos's fingerprinting
 * (`@dodona/dolos-core`), fed the language's tokens. Fingerprints of the starter code are ignored.
 */
export function findSimilarPairs({ language, codes, starterCode, threshold }: FindSimilarPairsOptions): SimilarPair[] {
  const tokenize = TOKENIZERS[language];
  const toFile = (name: string, code: string) => {
    const tokens = tokenize(code);
    return new TokenizedFile(new File(name, code), tokens.map((t) => t.token), tokens.map((t) => new Region(t.startRow, t.startCol, t.endRow, t.endCol)));
  };
  const index = new FingerprintIndex(KGRAM_LENGTH, KGRAMS_IN_WINDOW, false);
  const files = codes.map((c) => ({ id: c.id, file: toFile(c.id, c.code) }));
  index.addFiles(files.map((f) => f.file));
  // after the candidates' files: Dolos ignores a template's fingerprints in the files already indexed
  index.addIgnoredFile(toFile('starter', starterCode));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const pair = index.getPair(files[i]!.file, files[j]!.file);
      if (!(pair.similarity >= threshold)) continue;
      const fragments = pair
        .buildFragments()
        .map((f) => ({ left: region(f.leftSelection), right: region(f.rightSelection), kgrams: f.leftkgrams.length }))
        .sort((a, b) => b.kgrams - a.kgrams)
        .slice(0, MAX_FRAGMENTS);
      pairs.push({ leftId: files[i]!.id, rightId: files[j]!.id, similarity: pair.similarity, longestFragment: pair.longest, fragments });
    }
  }
  return pairs;
}

function region(r: Region): CodeRegion {
  return { startRow: r.startRow, startCol: r.startCol, endRow: r.endRow, endCol: r.endCol };
}
