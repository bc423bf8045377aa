export function makeWindows(series: number[], L: number, horizon: number): { X: number[][]; y: number[] } {
  // TODO: slide a window of length L; each target lies `horizon` steps after the window's last value
  return { X: [], y: [] };
}
