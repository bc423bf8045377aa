/** Plain float64 YOLOv1 sum-squared loss: box rows are cell-major (row i·B + j is box j of cell i). */
function isRows(a: number[][], rows: number, cols: number): boolean {
  return a.length === rows && a.every((r) => r.length === cols && r.every(Number.isFinite));
}

function isMask(m: number[], n: number): boolean {
  return m.length === n && m.every((v) => v === 0 || v === 1);
}

export function yoloLoss(
  predBoxes: number[][], predClass: number[][], targetBoxes: number[][], targetClass: number[][],
  objMask: number[], cellObj: number[], lambdaCoord: number, lambdaNoobj: number,
): number {
  const cells = predClass.length;
  const C = predClass[0]?.length ?? 0;
  if (cells === 0 || C === 0) throw new Error('predClass must be a non-empty S²×C matrix');
  if (predBoxes.length === 0 || predBoxes.length % cells !== 0) throw new Error('predBoxes must hold B rows per cell');
  const nBoxes = predBoxes.length;
  if (!isRows(predBoxes, nBoxes, 5) || !isRows(targetBoxes, nBoxes, 5)) throw new Error('box rows must be [x, y, w, h, C], one per box, in both predictions and targets');
  if (!isRows(predClass, cells, C) || !isRows(targetClass, cells, C)) throw new Error('class rows must be S²×C in both predictions and targets');
  if (!isMask(objMask, nBoxes) || !isMask(cellObj, cells)) throw new Error('masks must be 0/1, one per box and one per cell');
  if ([...predBoxes, ...targetBoxes].some((r) => r[2]! < 0 || r[3]! < 0)) throw new Error('widths and heights must be ≥ 0');
  if (!(lambdaCoord >= 0) || !(lambdaNoobj >= 0)) throw new Error('the weights must be ≥ 0');

  let loss = 0;
  predBoxes.forEach((p, r) => {
    const t = targetBoxes[r]!;
    const conf = (p[4]! - t[4]!) ** 2;
    if (objMask[r] === 1) {
      loss += lambdaCoord * ((p[0]! - t[0]!) ** 2 + (p[1]! - t[1]!) ** 2);
      loss += lambdaCoord * ((Math.sqrt(p[2]!) - Math.sqrt(t[2]!)) ** 2 + (Math.sqrt(p[3]!) - Math.sqrt(t[3]!)) ** 2);
      loss += conf;
    } else {
      loss += lambdaNoobj * conf;
    }
  });
  predClass.forEach((p, i) => {
    if (cellObj[i] === 1) loss += p.reduce((s, v, c) => s + (v - targetClass[i]![c]!) ** 2, 0);
  });
  return loss;
}
