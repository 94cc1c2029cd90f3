import type { Engine } from '../engine/types';
import { ADMISSION_AGE_BANDS, ADMISSION_FLAGS, ADMISSION_YEAR_BREAKDOWNS, ageBandColumn, codeCountColumns, flagColumn, knownAdmissionAge } from '../registry';

/**
 * Built once per dataset, after `fact_admissions` and `unit_ancestor`: the
 * admissions of every unit's subtree per calendar year, sex and admitting
 * cell's type, with their marks summed, the sum and number of the known
 * ages (so that years add up to a mean) and Biểu 2's breakdowns. A unit's
 * years are then a few rows, however large its subtree.
 */
export async function createAdmissionYears(engine: Engine, schema: string): Promise<void> {
  await engine.exec(
    `CREATE TABLE ${schema}.admission_year_tree AS
     SELECT g.ancestor_id, a.x_year::INTEGER AS year, a.sex, a.x_cell_type AS cell_type, count(*)::INTEGER AS n,
            ${[...ADMISSION_FLAGS.map((f) => flagColumn(f.id)), ...ADMISSION_AGE_BANDS.map((_, i) => ageBandColumn(i))].map((k) => `sum(a."${k}")::INTEGER AS "${k}"`).join(', ')},
            coalesce(sum(a.x_age) FILTER (WHERE ${knownAdmissionAge('a')}), 0)::BIGINT AS age_sum,
            count(a.x_age) FILTER (WHERE ${knownAdmissionAge('a')})::INTEGER AS age_known,
            ${codeCountColumns('a', ADMISSION_YEAR_BREAKDOWNS).map(([k, e]) => `${e}::INTEGER AS "${k}"`).join(', ')}
     FROM ${schema}.fact_admissions a JOIN ${schema}.unit_ancestor g ON g.unit_id = a.unit_id
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2`,
  );
}
