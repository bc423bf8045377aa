import { describe, expect, it } from 'vitest';
import {
  backSubstitute, cholesky, choleskySolve, determinant, householderQR, identity, inverse, luDecompose, luSolve,
  matVec, solve, solveMatrix, svd, symmetricEigen, transpose,
} from '../../../grader/reference-kit/linalg.ts';
import { matmul } from '../../../grader/reference-kit/float64.ts';
import { rng } from '../../../grader/kit.ts';

/** Values computed with numpy 1.24 (/usr/bin/python3); eigen/SVD/QR signs normalised to the kit's convention. */
const numpy = {
  solve3: [2.0, 3.0000000000000004, -0.9999999999999999],
  A5: [[-2.066, 2.638, 1.216, 4.583, 0.001], [4.731, -0.276, -1.96, 3.684, -4.823], [3.605, 4.13, 0.725, -4.654, 4.43], [4.998, -0.472, 1.619, 4.035, 0.953], [-0.874, 1.977, 3.547, -4.522, 4.555]],
  b5: [0.447, 2.155, 1.547, -3.796, -0.727],
  solve5: [-0.10225720137999138, 0.9228584338666512, -0.20694973059993438, -0.42467223190088366, -0.8402153800171923],
  det5: 3144.662084074085,
  inv5: [[-0.06237839331799117, 0.07311713260442618, 0.04479891525341079, 0.07591511186068697, 0.01798024429607482], [0.16356665774504578, 0.11821017602443665, 0.11271121508874496, -0.11853069258511499, 0.04031024796895438], [0.02204574068423171, 0.22419618498095786, -0.20332946617490189, 0.01895097633766081, 0.43116693943523615], [0.09008083702455343, -0.09450040014102318, 0.009239324105599009, 0.0973886674563918, -0.12944173800020298], [-0.010700481954735266, -0.3056754822544912, 0.12718200215783274, 0.1479379644731358, -0.25876252472745426]],
  det3: -0.9999999999999996,
  detPerm: -1.0,
  detSing: 6.66133814775094e-16,
  spd: [[8.869635, -4.1354109999999995, -2.8607690000000003, -2.668938], [-4.1354109999999995, 7.776573, 6.426131, 0.12177799999999994], [-2.8607690000000003, 6.426131, 10.001859, 2.4708299999999994], [-2.668938, 0.12177799999999994, 2.4708299999999994, 3.8528160000000002]],
  chol: [[2.9781932442338257, 0.0, 0.0, 0.0], [-1.3885636897493807, 2.4183597498117573, 0.0, 0.0], [-0.9605719862332056, 2.10568986641566, 2.1552797140367637, 0.0], [-0.8961601149177997, -0.46419784974666023, 1.2005218579298413, 1.180246022384221]],
  tall: [[-0.352, -2.627, -2.03], [-0.46, 1.373, -2.616], [-1.109, 2.478, 1.443], [2.567, 0.577, -2.607], [-2.248, -2.456, 1.38]],
  qrTall: [[[-0.09685407971121496, -0.564194055610118, -0.4804724615690177], [-0.12657067234988323, 0.3447926123547199, -0.855945432456977], [-0.3051453818174359, 0.6438941645720331, 0.029912379719340437], [0.7063193824394571, -0.06906482430648764, -0.18746789306992767], [-0.6185453727011686, -0.378726123938411, 0.02155618095340328]], [[3.6343332263291432, 1.2511975971430025, -2.6075693696287763], [-0.0, 4.441408737428201, 0.829885684378042], [-0.0, -0.0, 3.7761522391765636]]],
  wide: [[2.618, 0.023, -2.031, 1.73], [1.979, -2.533, 0.995, -2.256]],
  qrWide: [[[0.7977272571069238, 0.6030184269727282], [0.6030184269727282, -0.7977272571069239]], [[3.281823426084956, -1.5090979486084612, -1.020180724346298, 0.01965858354450334], [-0.0, 2.034512566072211, -2.0184690460030006, 2.84289457069604]]],
  sym: [[-1.794, -2.101, 0.602, 1.403, -0.3579999999999999], [-2.101, 0.27, -0.42799999999999994, -1.8050000000000002, -0.9470000000000001], [0.602, -0.42799999999999994, -1.11, 2.076, -3.125], [1.403, -1.8050000000000002, 2.076, 1.118, -1.2919999999999998], [-0.3579999999999999, -0.9470000000000001, -3.125, -1.2919999999999998, 2.016]],
  eigVals: [5.58544281325085, 2.95493847299451, -1.4692688815198218, -3.0958260825216244, -3.4752863222039143],
  eigVecs: [[-0.2359517516882964, 0.21621617640087365, -0.4846776246971172, -0.5580782728094225, 0.5926327509291255], [-0.3295715894418739, 0.6599249270448354, 0.14682264371865716, -0.335107712438672, -0.5674747487361974], [-0.37411315584239135, 0.475126068418642, -0.020854425821382805, 0.7203672093138108, 0.3390143690225873], [0.7217110452766443, 0.42483141773924155, -0.5064298616968229, 0.14730092543123136, -0.14311766549311686], [0.4181887756256999, 0.33395080676375793, 0.6975848332029744, -0.18874581742308144, 0.4374304784682754]],
  svdA: [[2.357, -3.199, -3.444, -2.458], [1.885, 3.592, 2.344, 1.977], [0.962, -2.761, 0.229, 0.53], [-2.769, -1.9, 3.642, 0.631], [-0.45, -2.127, -2.047, -1.124], [3.179, -1.398, -1.734, 3.939]],
  svdTall: {"U": [[-0.6937854900917326, -0.00012660942014308674, 0.13373753586748977, 0.5566672249343985], [0.467868272204043, 0.49333984105481726, 0.11078018061653858, 0.5205955276776408], [-0.20516993746229867, 0.005563629431335607, -0.4811129187821908, 0.43215860612669954], [0.27978500812263446, -0.480138651988282, -0.6701913125571827, 0.16477564870536193], [-0.3540797083814027, -0.18993930659749733, -0.013575980747335093, -0.30066702987186517], [-0.23240950864164753, 0.699981975412046, -0.5376166662066653, -0.3388054886483704]], "s": [8.148565619778152, 6.3734149732949525, 4.779818469488856, 2.0661624614445286], "V": [[-0.282861173502438, 0.7178598487353797, 0.04477051585442666, 0.6345568493118406], [0.6151906439952712, 0.32867938190216595, 0.7013397111116164, -0.1470814232694534], [0.6855038117763118, -0.2220990253759817, -0.3748923998982582, 0.5832771515032205], [0.2676089537098007, 0.5721181035529875, -0.6046270743413061, -0.4852756170000217]]},
  svdWide: {"U": [[0.38425578974619556, -0.6622094124319708, 0.643293231841461], [-0.5996832554221475, -0.7088081778203389, -0.3714444241354371], [-0.7019454973235622, 0.24304250891873846, 0.669479542365308]], "s": [7.984443425666985, 5.7363513159784505, 3.1732818598409374], "V": [[0.6564738008487703, -0.02273023700759653, 0.12567598277370046], [-0.3851364674519343, -0.5621364345794735, 0.45619629196869016], [0.23353337479669495, 0.2398093462150775, 0.5665166344099024], [-0.31074070733368475, 0.7087352211222363, 0.42943236698522713], [0.31805518262612187, 0.22804063803028463, -0.2741150410943858], [0.410433096502105, -0.26771121840391526, 0.4422648300690973]]},
  svdWideA: [[2.357, 1.885, 0.962, -2.769, -0.45, 3.179], [-3.199, 3.592, -2.761, -1.9, -2.127, -1.398], [-3.444, 2.344, 0.229, 3.642, -2.047, -1.734]],
  rank2: [[2.0, -1.0, 0.5], [5.0, -1.0, 2.0], [6.0, -3.0, 1.5], [7.0, -5.0, 1.0]],
  rank2s: [12.350872626602879, 2.2261952657913286, 5.107686642904107e-16],
};

type Nested = number | Nested[];

/** max |a − b| over matching leaves; shapes must agree */
function maxDiff(a: Nested, b: Nested): number {
  if (typeof a === 'number' || typeof b === 'number') {
    if (typeof a !== 'number' || typeof b !== 'number') throw new Error('shape mismatch');
    return Math.abs(a - b);
  }
  if (a.length !== b.length) throw new Error(`length ${a.length} vs ${b.length}`);
  return a.reduce<number>((m, x, i) => Math.max(m, maxDiff(x, b[i]!)), 0);
}

function orthonormalColumnsError(q: number[][]): number {
  return maxDiff(matmul(transpose(q), q), identity(q[0]!.length));
}

describe('solve', () => {
  it('matches numpy.linalg.solve on a 3×3 system that needs pivoting', () => {
    const x = solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]);
    expect(maxDiff(x, numpy.solve3)).toBeLessThan(1e-14);
  });

  it('matches numpy.linalg.solve on a random 5×5 system', () => {
    expect(maxDiff(solve(numpy.A5, numpy.b5), numpy.solve5)).toBeLessThan(1e-12);
  });

  it('pivots past a zero on the diagonal', () => {
    expect(solve([[0, 1], [1, 1]], [2, 3])).toEqual([1, 2]);
  });

  it('throws a clear error on a singular matrix, exact or at rounding level', () => {
    expect(() => solve([[1, 2], [2, 4]], [1, 2])).toThrow(/singular/);
    expect(() => solve([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [1, 2, 3])).toThrow(/singular/);
    expect(() => solve([[0, 0], [0, 0]], [0, 0])).toThrow(/singular/);
  });

  it('takes a looser relative pivot tolerance when asked', () => {
    const nearlySingular = [[1, 1], [1, 1 + 1e-11]];
    expect(solve(nearlySingular, [2, 2])).toHaveLength(2);
    expect(() => solve(nearlySingular, [2, 2], 1e-10)).toThrow(/singular/);
  });

  it('rejects non-square, ragged, non-finite and mismatched input', () => {
    expect(() => solve([[1, 2, 3], [4, 5, 6]], [1, 2])).toThrow(/square/);
    expect(() => solve([[1, 2], [3]], [1, 2])).toThrow(/row 1/);
    expect(() => solve([[1, Number.NaN], [0, 1]], [1, 2])).toThrow(/non-finite/);
    expect(() => solve([[1, 0], [0, 1]], [1, 2, 3])).toThrow(/entries/);
    expect(() => solve([], [])).toThrow(/empty/);
  });

  it('solves several right-hand sides at once', () => {
    const X = solveMatrix(numpy.A5, transpose([numpy.b5, numpy.b5.map((v) => 2 * v)]));
    expect(maxDiff(transpose(X), [numpy.solve5, numpy.solve5.map((v) => 2 * v)])).toBeLessThan(1e-12);
  });

  it('does not mutate its inputs', () => {
    const A = numpy.A5.map((r) => r.slice());
    const b = numpy.b5.slice();
    solve(A, b);
    expect(A).toEqual(numpy.A5);
    expect(b).toEqual(numpy.b5);
  });
});

describe('luDecompose', () => {
  it('gives P·A = L·U with unit lower L, upper U and the largest pivot first', () => {
    const A = numpy.A5;
    const { L, U, perm, sign } = luDecompose(A);
    const PA = perm.map((i) => A[i]!);
    expect(maxDiff(matmul(L, U), PA)).toBeLessThan(1e-13);
    L.forEach((row, i) => row.forEach((v, j) => {
      if (j > i) expect(v).toBe(0);
      if (j === i) expect(v).toBe(1);
      if (j < i) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    }));
    U.forEach((row, i) => row.forEach((v, j) => { if (j < i) expect(v).toBe(0); }));
    const firstColumn = A.map((r) => Math.abs(r[0]!));
    expect(perm[0]).toBe(firstColumn.indexOf(Math.max(...firstColumn)));
    expect(Math.abs(sign)).toBe(1);
  });

  it('reuses a factorisation for another right-hand side', () => {
    const f = luDecompose(numpy.A5);
    expect(maxDiff(luSolve(f, numpy.b5), numpy.solve5)).toBeLessThan(1e-12);
  });

  it('factors a singular matrix without throwing', () => {
    const { U } = luDecompose([[1, 2], [2, 4]]);
    expect(U[1]![1]).toBe(0);
  });
});

describe('determinant', () => {
  it('matches numpy.linalg.det', () => {
    expect(determinant([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])).toBeCloseTo(numpy.det3, 13);
    expect(Math.abs(determinant(numpy.A5) - numpy.det5)).toBeLessThan(1e-12 * Math.abs(numpy.det5));
    expect(determinant([[0, 1], [1, 0]])).toBe(numpy.detPerm);
  });

  it('is zero or at rounding level on a singular matrix, as numpy', () => {
    expect(determinant([[1, 2], [2, 4]])).toBe(0);
    expect(Math.abs(determinant([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))).toBeLessThan(1e-14);
    expect(Math.abs(numpy.detSing)).toBeLessThan(1e-14);
  });
});

describe('inverse', () => {
  it('matches numpy.linalg.inv', () => {
    expect(maxDiff(inverse(numpy.A5), numpy.inv5)).toBeLessThan(1e-12);
  });

  it('throws on a singular matrix', () => {
    expect(() => inverse([[1, 2, 3], [4, 5, 6], [7, 8, 9]])).toThrow(/singular/);
  });
});

describe('cholesky', () => {
  it('matches numpy.linalg.cholesky and solves through L·Lᵀ', () => {
    const L = cholesky(numpy.spd);
    expect(maxDiff(L, numpy.chol)).toBeLessThan(1e-13);
    const b = [1, -2, 0.5, 3];
    expect(maxDiff(choleskySolve(L, b), solve(numpy.spd, b))).toBeLessThan(1e-12);
  });

  it('throws on a matrix that is not positive definite', () => {
    expect(() => cholesky([[1, 2], [2, 1]])).toThrow(/not positive definite/);
    expect(() => cholesky([[1, 1], [1, 1]])).toThrow(/not positive definite/);
    expect(() => cholesky([[1, 1], [1, 1 + 1e-9]], 1e-8)).toThrow(/not positive definite/);
  });
});

describe('householderQR', () => {
  it('matches numpy.linalg.qr (reduced) on a tall matrix, R with a non-negative diagonal', () => {
    const { Q, R } = householderQR(numpy.tall);
    expect(maxDiff(Q, numpy.qrTall[0]!)).toBeLessThan(1e-13);
    expect(maxDiff(R, numpy.qrTall[1]!)).toBeLessThan(1e-13);
    expect(orthonormalColumnsError(Q)).toBeLessThan(1e-14);
    R.forEach((row, i) => expect(row[i]!).toBeGreaterThanOrEqual(0));
  });

  it('matches numpy.linalg.qr on a wide matrix', () => {
    const { Q, R } = householderQR(numpy.wide);
    expect(maxDiff(Q, numpy.qrWide[0]!)).toBeLessThan(1e-13);
    expect(maxDiff(R, numpy.qrWide[1]!)).toBeLessThan(1e-13);
  });

  it('handles a zero column and solves least squares by back substitution', () => {
    const { Q, R } = householderQR([[0, 1], [0, 2], [0, 3]]);
    expect(maxDiff(matmul(Q, R), [[0, 1], [0, 2], [0, 3]])).toBeLessThan(1e-14);
    const A = numpy.tall;
    const y = [1, 2, 3, 4, 5];
    const f = householderQR(A);
    const x = backSubstitute(f.R, matVec(transpose(f.Q), y));
    // normal equations hold: Aᵀ(Ax − y) = 0
    const residual = matVec(A, x).map((v, i) => v - y[i]!);
    expect(Math.max(...matVec(transpose(A), residual).map(Math.abs))).toBeLessThan(1e-12);
  });
});

describe('symmetricEigen', () => {
  it('matches numpy.linalg.eigh, eigenvalues descending, largest entry of each vector positive', () => {
    const { values, vectors } = symmetricEigen(numpy.sym);
    expect(maxDiff(values, numpy.eigVals)).toBeLessThan(1e-13);
    expect(maxDiff(vectors, numpy.eigVecs)).toBeLessThan(1e-12);
  });

  it('reconstructs A = V·diag(λ)·Vᵀ with orthonormal vectors', () => {
    const { values, vectors } = symmetricEigen(numpy.sym);
    const V = transpose(vectors);
    expect(orthonormalColumnsError(V)).toBeLessThan(1e-14);
    const rebuilt = matmul(V.map((row) => row.map((v, j) => v * values[j]!)), vectors);
    expect(maxDiff(rebuilt, numpy.sym)).toBeLessThan(1e-13);
  });

  it('keeps the original order on tied eigenvalues and returns diagonal input as is', () => {
    expect(symmetricEigen([[2, 0, 0], [0, 5, 0], [0, 0, 2]])).toEqual({ values: [5, 2, 2], vectors: [[0, 1, 0], [1, 0, 0], [0, 0, 1]] });
  });

  it('orients a vector with two equal-magnitude entries by the lower index', () => {
    const { vectors } = symmetricEigen([[2, 1], [1, 2]]);
    expect(vectors[0]![0]).toBeGreaterThan(0);
    expect(vectors[1]![0]).toBeGreaterThan(0);
    expect(maxDiff(vectors, [[Math.SQRT1_2, Math.SQRT1_2], [Math.SQRT1_2, -Math.SQRT1_2]])).toBeLessThan(1e-15);
  });

  it('throws on a non-symmetric matrix', () => {
    expect(() => symmetricEigen([[1, 2], [0, 1]])).toThrow(/not symmetric/);
  });
});

describe('svd', () => {
  it('matches numpy.linalg.svd (reduced) on a tall matrix', () => {
    const { U, s, V } = svd(numpy.svdA);
    expect(maxDiff(s, numpy.svdTall.s)).toBeLessThan(1e-13);
    expect(maxDiff(V, numpy.svdTall.V)).toBeLessThan(1e-12);
    expect(maxDiff(U, numpy.svdTall.U)).toBeLessThan(1e-12);
  });

  it('matches numpy.linalg.svd on a wide matrix', () => {
    const { U, s, V } = svd(numpy.svdWideA);
    expect(maxDiff(s, numpy.svdWide.s)).toBeLessThan(1e-13);
    expect(maxDiff(V, numpy.svdWide.V)).toBeLessThan(1e-12);
    expect(maxDiff(U, numpy.svdWide.U)).toBeLessThan(1e-12);
  });

  it('completes U to orthonormal columns on a rank-deficient matrix', () => {
    const { U, s, V } = svd(numpy.rank2);
    expect(maxDiff(s.slice(0, 2), numpy.rank2s.slice(0, 2))).toBeLessThan(1e-13);
    expect(s[2]!).toBeLessThan(1e-14);
    expect(orthonormalColumnsError(U)).toBeLessThan(1e-14);
    expect(orthonormalColumnsError(V)).toBeLessThan(1e-14);
    const rebuilt = matmul(U.map((row) => row.map((v, j) => v * s[j]!)), transpose(V));
    expect(maxDiff(rebuilt, numpy.rank2)).toBeLessThan(1e-13);
  });

  it('gives zero singular values and an orthonormal basis for the zero matrix', () => {
    const { U, s } = svd([[0, 0], [0, 0], [0, 0]]);
    expect(s).toEqual([0, 0]);
    expect(orthonormalColumnsError(U)).toBe(0);
  });
});

describe('properties on seeded random matrices', () => {
  it('eigen and SVD reconstruct their input; solve leaves a small residual', () => {
    const r = rng(2024);
    for (let trial = 0; trial < 20; trial++) {
      const m = r.int(1, 9), n = r.int(1, 9);
      const A = r.matrix(m, n, -10, 10);
      const { U, s, V } = svd(A);
      expect(maxDiff(matmul(U.map((row) => row.map((v, j) => v * s[j]!)), transpose(V)), A)).toBeLessThan(1e-12);
      expect(orthonormalColumnsError(U)).toBeLessThan(1e-13);
      expect(orthonormalColumnsError(V)).toBeLessThan(1e-13);
      s.slice(1).forEach((v, j) => expect(v).toBeLessThanOrEqual(s[j]!));
      const S = matmul(A, A, true);
      const e = symmetricEigen(S);
      expect(maxDiff(matmul(transpose(e.vectors).map((row) => row.map((v, j) => v * e.values[j]!)), e.vectors), S)).toBeLessThan(1e-11);
      const B = r.matrix(n, n, -1, 1);
      const b = r.vector(n, -1, 1);
      const x = solve(B, b);
      expect(maxDiff(matVec(B, x), b)).toBeLessThan(1e-9);
    }
  });
});
