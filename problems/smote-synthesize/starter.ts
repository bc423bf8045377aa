export function smote(minority: number[][], k: number, requests: number[][]): number[][] {
  // TODO: for each request [i, r, g]: x_i + g · (x_nn − x_i), x_nn the r-th nearest of x_i's k minority neighbours
  return requests.map((req) => (minority[req[0]!] ?? []).slice());
}
