/**
 * Colours for every chart, chosen to stay distinguishable with colour-vision
 * deficiency: the categorical set is Okabe & Ito (2008), the sequential scale
 * is Paul Tol's YlOrBr.
 */
export const PALETTE = {
  /** Okabe–Ito, reordered so the first colours carry the most contrast on white. */
  categorical: ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'],
  /** Nam: left half of the age pyramid. */
  men: '#0072B2',
  /** Nữ: right half of the age pyramid. */
  women: '#CC79A7',
  /** Chỉ tiêu: the target line, dark so it reads over any bar colour. */
  target: '#000000',
  /** Tỷ lệ đạt: achievement line on the second axis. */
  achievement: '#D55E00',
  /** Reference lines such as the 3–4 % aim of Nghị quyết 21-NQ/TW. */
  reference: '#6B6B6B',
  /** Tol YlOrBr, light to dark, for ordered magnitudes (maps, heat tables). */
  sequential: ['#FFFFE5', '#FFF7BC', '#FEE391', '#FEC44F', '#FB9A29', '#EC7014', '#CC4C02', '#993404', '#662506'],
  text: '#222222',
  axisLine: '#8C8C8C',
} as const;

/**
 * Colour for a position `t` in [0, 1] on the sequential scale (clamped; NaN gives the lightest).
 */
export function sequentialColor(t: number): string {
  const s = PALETTE.sequential;
  const x = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  return s[Math.round(x * (s.length - 1))];
}
