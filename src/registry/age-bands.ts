import type { Lang } from '../vocab/lang';

/** An age band, both ends inclusive; `key` names it in figures and columns. */
export interface AgeBand {
  key: string;
  min: number;
  max: number;
}

/** Biểu 2 age bands of admissions (age at admission). */
export const ADMISSION_AGE_BANDS: AgeBand[] = [
  { key: '18-30', min: 18, max: 30 },
  { key: '31-35', min: 31, max: 35 },
  { key: '36-40', min: 36, max: 40 },
  { key: '41-45', min: 41, max: 45 },
  { key: '46-50', min: 46, max: 50 },
  { key: '51-55', min: 51, max: 55 },
  { key: '56-60', min: 56, max: 60 },
  { key: '60+', min: 61, max: 200 },
];

/** Member age bands (Biểu 3). */
export const MEMBER_AGE_BANDS: AgeBand[] = [
  { key: '18-30', min: 0, max: 30 },
  { key: '31-40', min: 31, max: 40 },
  { key: '41-50', min: 41, max: 50 },
  { key: '51-60', min: 51, max: 60 },
  { key: '61-70', min: 61, max: 70 },
  { key: '70+', min: 71, max: 300 },
];

/** An age at admission the mean age counts (docs/indicators.md: 15 to 100), on a `fact_admissions` row aliased `alias`. */
export const knownAdmissionAge = (alias: string) => `${alias}.x_age BETWEEN 15 AND 100`;

export function bandCase(bands: AgeBand[], ageExpr: string): string {
  return `CASE ${bands.map((b) => `WHEN ${ageExpr} BETWEEN ${b.min} AND ${b.max} THEN '${b.key}'`).join(' ')} ELSE NULL END`;
}

export function bandLabel(key: string, lang: Lang): string {
  if (key.endsWith('+')) return lang === 'vi' ? `Trên ${key.slice(0, -1)}` : `Over ${key.slice(0, -1)}`;
  return key.replace('-', '–');
}
