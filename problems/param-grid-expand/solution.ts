export function expandGrid(names: string[], values: number[][]): number[][] {
  if (names.length !== values.length || new Set(names).size !== names.length) throw new Error('bad names');
  const keys = names.map((name, i) => ({ name, i })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: number[][] = [];
  const row = new Array<number>(names.length).fill(0);
  const walk = (depth: number) => {
    if (depth === keys.length) { out.push([...row]); return; }
    const k = keys[depth].i;
    for (const v of values[k]) { row[k] = v; walk(depth + 1); }
  };
  walk(0);
  return out;
}
