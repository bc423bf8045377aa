export function sampleSearchSpace(specs: number[][], kinds: ('randint' | 'uniform' | 'choice')[], u: number[][]): number[][] {
  // TODO: map each uniform through its parameter's distribution (randint excludes high; uniform is loc, scale)
  throw new Error('Not implemented');
}
