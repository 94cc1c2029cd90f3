import { MEMBER_AGE_BANDS } from './age-bands';
import { LEFT_REASONS, MEMBER_INDICATORS } from './member-indicators';

// The columns of the tables the warehouse pre-aggregates per year, named and
// defined once: it writes them, the indicators sum them.

/**
 * The year-end stock of members (`member_year`), as `[column, SQL]` over `m`,
 * a member at the end of the year with `age` and `d` (that 31/12): the
 * count, each of `MEMBER_INDICATORS`, what the mean age and the pyramid
 * (Biểu 3) add up from.
 */
export const STOCK_COLUMNS: [string, string][] = [
  ['n', 'count(*)'],
  ...MEMBER_INDICATORS.map((d): [string, string] => [d.stockColumn, `count(*) FILTER (WHERE ${d.where('m', { age: 'm.age', date: 'm.d' })})`]),
  ['known', 'count(m.birth_year)'],
  ['sum_age', 'sum(m.age)'],
  ...MEMBER_AGE_BANDS.flatMap((b, i): [string, string][] => [
    [`men_${i}`, `count(*) FILTER (WHERE m.sex = 'nam' AND m.age BETWEEN ${b.min} AND ${b.max})`],
    [`women_${i}`, `count(*) FILTER (WHERE m.sex = 'nu' AND m.age BETWEEN ${b.min} AND ${b.max})`],
  ]),
];

/** The member breakdowns `member_year` also holds, as columns (see `code-columns.ts`). */
export const YEAR_BREAKDOWNS = ['qualification', 'political_theory'] as const;
export type YearBreakdown = (typeof YEAR_BREAKDOWNS)[number];

/** The breakdowns of Biểu 2 that `admission_year_tree` also holds, as columns (see `code-columns.ts`). */
export const ADMISSION_YEAR_BREAKDOWNS = ['occupation', 'education', 'qualification'] as const;

/** Biểu 1's movements in a year (`member_flow`): admitted, and left by reason (`l_<reason>`, `l_unknown` for none given). */
export const LEFT_KEYS = [...LEFT_REASONS, 'unknown'] as const;
export const FLOW_COLUMNS = ['admitted', ...LEFT_KEYS.map((k) => `l_${k}`)];
