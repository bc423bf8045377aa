import { defineTests, rng } from '../../grader/kit.ts';

/** A plausible applicant; integers for counts, utilisation kept away from 0.7. */
function applicant(r: ReturnType<typeof rng>): number[] {
  for (;;) {
    const income = Math.round(r.uniform(0, 200000));
    const limit = Math.round(r.uniform(0, 30000));
    const used = Math.round(r.uniform(0, limit * 1.1));
    if (Math.abs(used / (limit + 1) - 0.7) < 1e-6) continue;
    const total = r.int(0, 300);
    const accounts = r.int(0, 12);
    const inqAll = r.int(0, 20);
    return [
      Math.round(r.uniform(0, 100000)), income, Math.round(r.uniform(0, 50000)), Math.round(r.uniform(0, 3000)), Math.round(income / 12),
      used, limit, r.int(0, total), total, r.int(0, 10), r.int(0, 400), accounts, r.int(0, 40), r.int(0, inqAll), inqAll, r.int(0, 3),
      r.uniform() < 0.1 ? 1 : 0, r.uniform() < 0.2 ? r.int(1, 4) : 0,
    ];
  }
}
const applicants = (seed: number, n: number) => { const r = rng(seed); return Array.from({ length: n }, () => applicant(r)); };
const example = [20000, 59999, 10000, 1500, 4999, 7, 9, 95, 99, 4, 120, 5, 15, 2, 7, 1, 0, 3];
const nan = Number.NaN;

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[example]] },
    { name: 'two applicants', sample: true, args: [applicants(5000, 2)] },
    { name: 'zero denominators', args: [[[100, 0, 50, 20, 0, 0, 0, 0, 0, 0, 10, 0, 0, 3, 0, 1, 0, 0]]] },
    { name: 'utilisation exactly at the threshold', args: [[example, [0, 1, 0, 0, 1, 14, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]] },
    { name: 'missing values', nanEqual: true, args: [[[nan, 50000, 1000, 100, 4000, 500, 1000, 10, 12, nan, 30, 3, 8, 1, 2, 0, nan, nan]]] },
    { name: 'all zeros', args: [[new Array(18).fill(0)]] },
    { name: 'no applicants', args: [[]] },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: [applicants(5010 + i, 12)] })),
    { name: 'large: 5000 applicants', args: [applicants(5100, 5000)], weight: 2 },
    { name: 'a short row throws', args: [[example.slice(0, 17)]], expectError: true },
    { name: 'a negative value throws', args: [[example.map((v, i) => (i === 1 ? -1 : v))]], expectError: true },
  ],
});
