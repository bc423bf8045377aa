export function yoloLoss(
  predBoxes: number[][], predClass: number[][], targetBoxes: number[][], targetClass: number[][],
  objMask: number[], cellObj: number[], lambdaCoord: number, lambdaNoobj: number,
): number {
  const cells = predClass.length, nBoxes = predBoxes.length;
  if (cells === 0 || nBoxes === 0 || nBoxes % cells !== 0) throw new Error('need B box rows per cell');
  if (targetBoxes.length !== nBoxes || targetClass.length !== cells || objMask.length !== nBoxes || cellObj.length !== cells) throw new Error('length mismatch');
  if ([...predBoxes, ...targetBoxes].some((b) => b.length !== 5 || b[2] < 0 || b[3] < 0)) throw new Error('bad box');
  if (targetClass.some((r, i) => r.length !== predClass[i].length || r.length !== predClass[0].length)) throw new Error('class rows');
  if ([...objMask, ...cellObj].some((v) => v !== 0 && v !== 1) || lambdaCoord < 0 || lambdaNoobj < 0) throw new Error('masks or weights');

  let coord = 0, conf = 0, cls = 0;
  for (let r = 0; r < nBoxes; r++) {
    const [x, y, w, h, c] = predBoxes[r];
    const [tx, ty, tw, th, tc] = targetBoxes[r];
    if (objMask[r] === 1) {
      // square roots so that an error on a small box costs more than the same error on a big one
      coord += (x - tx) ** 2 + (y - ty) ** 2 + (Math.sqrt(w) - Math.sqrt(tw)) ** 2 + (Math.sqrt(h) - Math.sqrt(th)) ** 2;
      conf += (c - tc) ** 2;
    } else {
      conf += lambdaNoobj * (c - tc) ** 2;
    }
  }
  // one class distribution per cell, counted once however many boxes the cell has
  for (let i = 0; i < cells; i++) {
    if (cellObj[i] === 1) for (let k = 0; k < predClass[i].length; k++) cls += (predClass[i][k] - targetClass[i][k]) ** 2;
  }
  return lambdaCoord * coord + conf + cls;
}
