import { defineTests, rng } from '../../grader/kit.ts';
import { surrogateAndKl } from './reference.ts';

type R = ReturnType<typeof rng>;
const distribution = (r: R, k: number, sharp: number) => { const w = Array.from({ length: k }, () => Math.exp(sharp * r.normal())); const s = w.reduce((a, b) => a + b, 0); return w.map((x) => x / s); };

/** Old and new policies, actions drawn from the old one, with every KL and surrogate kept away from its threshold. */
function randomCase(seed: number, n: number, k: number, step: number, delta: number, maxBacktracks: number) {
  const r = rng(seed);
  for (;;) {
    const piOld = Array.from({ length: n }, () => distribution(r, k, 1));
    const piNew = piOld.map((row) => { const t = distribution(r, k, 1); return row.map((p, a) => (1 - step) * p + step * t[a]!); });
    const actions = piOld.map((row) => { let u = r.uniform(), a = 0; while (a < k - 1 && u >= row[a]!) { u -= row[a]!; a++; } return a; });
    const adv = Array.from({ length: n }, () => r.normal());
    const meanA = adv.reduce((a, b) => a + b, 0) / n;
    let clear = true;
    for (let j = 0; j <= maxBacktracks && clear; j++) {
      const f = 0.5 ** j;
      const t = surrogateAndKl(piOld, piOld.map((row, s) => row.map((p, a) => p + f * (piNew[s]![a]! - p))), actions, adv);
      clear = Math.abs(t.kl - delta) > 1e-6 * delta && Math.abs(t.surrogate - meanA) > 1e-9;
    }
    if (clear) return [piOld, piNew, actions, adv, delta, maxBacktracks];
  }
}

const oldP = [[0.5, 0.5], [0.2, 0.8]];
export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [oldP, [[0.9, 0.1], [0.4, 0.6]], [0, 1], [1, -0.5], 0.05, 5] },
    { name: 'a small feasible step', sample: true, args: [oldP, [[0.6, 0.4], [0.25, 0.75]], [0, 1], [1, -0.5], 0.05, 5] },
    { name: 'the new policy equals the old', args: [oldP, oldP, [0, 1], [1, -0.5], 0.01, 10] },
    { name: 'an action the new policy drops', args: [[[0.5, 0.5], [0.3, 0.7]], [[1, 0], [0.3, 0.7]], [0, 1], [2, 1], 0.1, 4] },
    { name: 'all advantages negative', args: [[[0.5, 0.5], [0.4, 0.6]], [[0.3, 0.7], [0.5, 0.5]], [0, 1], [-1, -2], 0.1, 6] },
    { name: 'a step that lowers the surrogate', args: [[[0.5, 0.5], [0.5, 0.5]], [[0.45, 0.55], [0.55, 0.45]], [0, 0], [2, -1], 0.5, 3] },
    { name: 'zero-probability actions', args: [[[0.5, 0.5, 0], [0, 0.4, 0.6]], [[0.6, 0.3, 0.1], [0.1, 0.5, 0.4]], [1, 2], [1, 0.5], 0.2, 4] },
    { name: 'no backtracking allowed', args: randomCase(6300, 6, 3, 0.9, 0.01, 0) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(6310 + i);
      return { name: `random ${i + 1}`, args: randomCase(6320 + i, r.int(3, 30), r.int(2, 6), r.uniform(0.1, 1), r.uniform(0.005, 0.05), r.int(3, 10)) };
    }),
    { name: 'large: 5000 states, 8 actions', args: randomCase(6400, 5000, 8, 0.3, 0.01, 10), weight: 2 },
    { name: 'a row that is not a distribution throws', args: [[[0.5, 0.6], [0.2, 0.8]], oldP, [0, 1], [1, 1], 0.1, 3], expectError: true },
    { name: 'an action the old policy never takes throws', args: [[[1, 0], [0.2, 0.8]], oldP, [1, 1], [1, 1], 0.1, 3], expectError: true },
    { name: 'a non-positive delta throws', args: [oldP, oldP, [0, 1], [1, 1], 0, 3], expectError: true },
  ],
});
