import { defineTests, rng, type Rng } from '../../grader/kit.ts';

const V = ['un', '##aff', '##able', 'play', '##ing', '##ed', 'the', 'runn', '##er', ',', '!', 'cafe', 'a', '##a'];

function word(r: Rng, alphabet: string, min: number, max: number): string {
  return Array.from({ length: r.int(min, max) }, () => alphabet[r.int(0, alphabet.length - 1)]).join('');
}

/** A vocabulary of random short pieces over a small alphabet, and a text of random words and punctuation. */
function randomCase(seed: number, words: number, maxChars: number): [string, string[], number] {
  const r = rng(seed);
  const alphabet = 'abcde';
  const vocab = new Set<string>(['.', ',', '?']);
  for (let i = 0; i < 25; i++) vocab.add(word(r, alphabet, 1, 3));
  for (let i = 0; i < 25; i++) vocab.add('##' + word(r, alphabet, 1, 3));
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = word(r, alphabet + 'ABC', 1, 9);
    if (r.uniform() < 0.2) w += ['.', ',', '?', '!'][r.int(0, 3)];
    parts.push(w);
  }
  return [parts.join(r.uniform() < 0.5 ? ' ' : '  '), [...vocab], maxChars];
}

export default defineTests({
  cases: [
    { name: 'worked example: lowercasing, pieces and punctuation', sample: true, args: ['Unaffable playing, the RUNNER!', V, 100] },
    { name: 'accents and an unmatchable word', sample: true, args: ['Café unplayable  aaa', V, 100] },
    { name: 'empty string', args: ['', V, 100] },
    { name: 'only whitespace', args: ['   \t\n  ', V, 100] },
    { name: 'punctuation only', args: ['!,!', V, 100] },
    { name: 'a partly matchable word becomes one [UNK]', args: ['playingx', V, 100] },
    { name: 'word of exactly maxChars is kept', args: ['playing', V, 7] },
    { name: 'word longer than maxChars becomes [UNK]', args: ['playing', V, 6] },
    { name: 'longest match first, not shortest', args: ['aaaa', ['a', 'aa', 'aaa', '##a', '##aa'], 100] },
    { name: 'continuation pieces need the ## prefix', args: ['playplay', ['play'], 100] },
    { name: 'repeated whitespace and tabs', args: ['the \t the\n\nthe', V, 100] },
    { name: 'accents are stripped after lowercasing', args: ['Élève NAÏVE über', ['eleve', 'naive', 'u', '##ber'], 100] },
    { name: 'symbols count as punctuation', args: ['a$a+a', ['a', '$', '+'], 100] },
    { name: 'maxChars 0 throws', args: ['the', V, 0], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(3920 + i, 8 + 6 * i, 6 + i) })),
    { name: 'large: 8000 words', args: randomCase(3999, 8000, 8), weight: 2 },
  ],
});
