/** A token fed to Dolos: what it is (names and values erased) and where it is, rows and columns from 0. */
export type CodeToken = { token: string; startRow: number; startCol: number; endRow: number; endCol: number };

/** Row and column of every offset of a text, for tokens found by offset. */
export function positionsOf(text: string): (offset: number) => { row: number; col: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, col: offset - lineStarts[lo]! };
  };
}
