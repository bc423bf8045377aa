import { defineTests, rng } from '../../grader/kit.ts';

function distribution(r: ReturnType<typeof rng>, k: number, alpha: number): number[] {
  const w = Array.from({ length: k }, () => r.uniform(0, 1) ** (1 / alpha));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / s);
}

/** K topics over V words, a document of n words drawn from the mixture. */
function randomCase(seed: number, K: number, V: number, n: number): [number[], number[][], number[]] {
  const r = rng(seed);
  const theta = distribution(r, K, 0.5), beta = Array.from({ length: K }, () => distribution(r, V, 0.3));
  const pick = (p: number[]) => { let u = r.uniform(); for (let i = 0; i < p.length; i++) if ((u -= p[i]!) < 0) return i; return p.length - 1; };
  return [theta, beta, Array.from({ length: n }, () => pick(beta[pick(theta)]!))];
}

const theta3 = [0.5, 0.3, 0.2];
const beta3 = [[0.4, 0.3, 0.1, 0.1, 0.1], [0.05, 0.05, 0.6, 0.2, 0.1], [0.2, 0.2, 0.2, 0.2, 0.2]];

export default defineTests({
  cases: [
    { name: 'two topics, three words', sample: true, args: [[0.6, 0.4], [[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]], [0, 2, 2]] },
    { name: 'one topic', sample: true, args: [[1], [[0.25, 0.75]], [1, 1, 0]] },
    { name: 'three topics, five words', args: [theta3, beta3, [0, 2, 3, 4, 2, 1]] },
    { name: 'a long document', args: [theta3, beta3, Array.from({ length: 2000 }, (_, i) => (i * 7) % 5)] },
    { name: 'a word no topic produces', args: [[0.5, 0.5], [[0.5, 0.5, 0], [0.2, 0.8, 0]], [0, 2]], nanEqual: true },
    { name: 'an empty document', args: [theta3, beta3, []] },
    { name: 'a topic with zero weight', args: [[1, 0], [[0.3, 0.7], [0.9, 0.1]], [0, 1]] },
    { name: 'word id out of range throws', args: [theta3, beta3, [5]], expectError: true },
    { name: 'theta not summing to 1 throws', args: [[0.5, 0.6, 0.1], beta3, [0]], expectError: true },
    { name: 'ragged beta throws', args: [[0.5, 0.5], [[0.5, 0.5], [1]], [0]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(5800 + i, 2 + i, 5 + 10 * i, 5 + 15 * i) })),
    { name: 'large: 20 topics, 5000 words, 20000-word document', args: randomCase(5899, 20, 5000, 20_000), weight: 2 },
  ],
});
