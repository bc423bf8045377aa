export function bpe(words: string[], counts: number[], numMerges: number, word: string): { merges: string[][]; tokens: string[] } {
  // TODO: repeatedly merge the most frequent adjacent pair, then apply the merges to `word`
  return { merges: [], tokens: [...word, '</w>'] };
}
