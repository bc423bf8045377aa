// Reference: plain float64 (counts, then the criterion; two-pass variance).
import { entropyOf, giniOf, varianceOf } from '../../grader/reference-kit/cart.ts';

type Criterion = 'gini' | 'entropy' | 'variance';
type Result = { parentImpurity: number; childImpurities: number[]; gain: number };

function impurity(v: number[], criterion: Criterion): number {
  if (v.length === 0) return 0;
  if (criterion === 'variance') return varianceOf(v);
  const counts = new Map<number, number>();
  for (const x of v) counts.set(x, (counts.get(x) ?? 0) + 1);
  return criterion === 'gini' ? giniOf([...counts.values()], v.length) : entropyOf([...counts.values()], v.length);
}

export function splitGain(parent: number[], children: number[][], criterion: Criterion): Result {
  if (criterion !== 'gini' && criterion !== 'entropy' && criterion !== 'variance') throw new Error(`unknown criterion ${String(criterion)}`);
  if (parent.length === 0) throw new Error('the parent node is empty');
  if ([...parent, ...children.flat()].some((v) => !Number.isFinite(v))) throw new Error('values must be finite');
  const sorted = (v: number[]): number[] => [...v].sort((a, b) => a - b);
  const a = sorted(parent), b = sorted(children.flat());
  if (a.length !== b.length || a.some((v, i) => v !== b[i])) throw new Error('the children must partition the parent');
  const parentImpurity = impurity(parent, criterion);
  const childImpurities = children.map((c) => impurity(c, criterion));
  const n = parent.length;
  return { parentImpurity, childImpurities, gain: parentImpurity - children.reduce((s, c, i) => s + (c.length / n) * childImpurities[i]!, 0) };
}
