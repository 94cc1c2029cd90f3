// The columns the warehouse adds to the fact tables, named once: it writes
// them, the indicators read them.

/** Column of a fact table that carries a unit column (an extra column of units.csv, a dimension). */
export function unitDimColumn(col: string): string {
  return `u_${col}`;
}

/** Dân tộc thiểu số: ethnicity present and not Kinh (case- and diacritic-insensitive). */
export const ethnicGroupOf = (alias: string) =>
  `CASE WHEN nullif(trim(${alias}.ethnicity), '') IS NULL THEN NULL WHEN lower(strip_accents(trim(${alias}.ethnicity))) = 'kinh' THEN 'kinh' ELSE 'dtts' END`;

/** Có đạo: religion present and not `Không`. */
export const religiousGroupOf = (alias: string) =>
  `CASE WHEN nullif(trim(${alias}.religion), '') IS NULL OR lower(strip_accents(trim(${alias}.religion))) = 'khong' THEN 'khong' ELSE 'co' END`;

/** The same two, as computed once per row when the fact tables are built (string folding is the slow part). */
export const ethnicGroup = (alias: string) => `${alias}.x_ethnic`;
export const religiousGroup = (alias: string) => `${alias}.x_religious`;

/** The 0/1 column of an admission flag in `fact_admissions`, and its sum in `admission_year_tree`. */
export const flagColumn = (flagId: string) => `k_${flagId}`;

/** The same for the admission age band at index `i` of `ADMISSION_AGE_BANDS`. */
export const ageBandColumn = (i: number) => `kb_${i}`;
