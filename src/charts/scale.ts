/**
 * Smallest "round" number >= x: a multiple of half the power of ten below x
 * (1 234 -> 1 500, 4 -> 4, 4.2 -> 4.5). 0 and negatives give 0.
 */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 0;
  const step = 10 ** Math.floor(Math.log10(x)) / 2;
  // Round away float noise (0.1 * 45 = 4.5000000000000001) before the ceiling.
  return Number((Math.ceil(Number((x / step).toFixed(9))) * step).toPrecision(12));
}
