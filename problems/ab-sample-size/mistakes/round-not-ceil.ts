// expect: wrong_answer
// mistake: rounds n to the nearest integer instead of rounding up, so the test is under-powered
// caught-by: power one half
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549671010228288, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
function inv(p: number): number {
  if (p < 0.5) return -inv(1 - p);
  const plow = 0.02425;
  if (p <= 1 - plow) {
    const q = p - 0.5, r = q * q;
    return ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) / (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
  }
  const q = Math.sqrt(-2 * Math.log(1 - p));
  return -(((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
}
export function abSampleSize(p1: number, mde: number, alpha: number, power: number): number {
  const p2 = p1 + mde;
  for (const v of [p1, p2, alpha, power]) if (!(v > 0 && v < 1)) throw new Error('out of range');
  const z = inv(1 - alpha / 2) + inv(power);
  return Math.round((z * z * (p1 * (1 - p1) + p2 * (1 - p2))) / (mde * mde));
}
