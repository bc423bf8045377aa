import { defineTests, rng } from '../../grader/kit.ts';

type Args = [string[], number[], number, string];

/** Random words over a small alphabet with Zipf-like counts; counts are distinct enough to avoid most ties. */
function randomCase(seed: number, nWords: number, numMerges: number): Args {
  const r = rng(seed);
  const alphabet = 'abcdefg';
  const words = new Set<string>();
  while (words.size < nWords) words.add(Array.from({ length: r.int(2, 8) }, () => alphabet[r.int(0, 6)]).join(''));
  const list = [...words];
  const word = Array.from({ length: r.int(3, 10) }, () => alphabet[r.int(0, 6)]).join('');
  return [list, list.map((_, i) => Math.max(1, Math.round(100 / (i + 1)) + r.int(0, 3))), numMerges, word];
}

const W = ['low', 'lower', 'newest', 'widest'];
const C = [5, 2, 6, 3];

export default defineTests({
  cases: [
    { name: 'worked example: the classic corpus', sample: true, args: [W, C, 6, 'lowest'] },
    { name: 'overlapping pairs in aaa', sample: true, args: [['aaa'], [1], 3, 'aaaa'] },
    { name: 'running out of pairs stops early', args: [['ab'], [4], 10, 'abab'] },
    { name: 'zero merges', args: [W, C, 0, 'lower'] },
    { name: 'a word with count 0 contributes nothing', args: [['xy', 'ab'], [0, 3], 2, 'xyab'] },
    { name: 'ties go to the smallest pair', args: [['ba', 'cd', 'ab'], [2, 2, 2], 3, 'abcd'] },
    { name: 'pair counts are weighted by word counts', args: [['ab', 'cd', 'cd', 'ef'], [1, 1, 1, 5], 1, 'efcd'] },
    { name: 'every adjacent position counts', args: [['abab', 'cd'], [2, 3], 1, 'ababcd'] },
    { name: 'unseen characters stay single symbols', args: [W, C, 10, 'zlowz'] },
    { name: 'mismatched counts throw', args: [W, [1, 2], 3, 'low'], expectError: true },
    { name: 'negative count throws', args: [W, [5, -2, 6, 3], 3, 'low'], expectError: true },
    { name: 'empty word throws', args: [['low', ''], [1, 1], 3, 'low'], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(4020 + i, 6 + 4 * i, 5 + 5 * i) })),
    { name: 'large: 200 words, 150 merges', args: randomCase(4099, 200, 150), weight: 2 },
  ],
});
