import type { Engine } from '../engine/types';
import { ADMISSION_AGE_BANDS, ADMISSION_FLAGS, ageBandColumn, ethnicGroupOf, flagColumn, religiousGroupOf, unitDimColumn } from '../registry';

/**
 * Fact tables the indicators read, built once per dataset so that no
 * interaction joins the unit table again: each admission with its year, its
 * age at admission and its admitting cell's type (and the cell's extra
 * columns); each member with their cell's type (and extra columns). Both
 * carry their ethnic and religious group, folded once here; admissions also
 * carry each flag and age band of their profile as a 0/1 column.
 * `unitExtras` are validated identifiers (snake_case ASCII).
 */
export async function createFacts(engine: Engine, schema: string, unitExtras: readonly string[]): Promise<void> {
  const extras = unitExtras.map((c) => `, u."${c}" AS "${unitDimColumn(c)}"`).join('');
  await engine.exec(
    `CREATE TABLE ${schema}.fact_admissions AS
       SELECT x.*, ${admissionMarkColumns('x')} FROM (
         SELECT a.*, year(a.admitted_on) AS x_year, year(a.admitted_on) - a.birth_year AS x_age, u.type AS x_cell_type,
                ${ethnicGroupOf('a')} AS x_ethnic, ${religiousGroupOf('a')} AS x_religious${extras}
         FROM ${schema}.admissions a LEFT JOIN ${schema}.units u ON u.unit_id = a.unit_id) x`,
  );
  await engine.exec(
    `CREATE TABLE ${schema}.fact_members AS
       SELECT m.*, u.type AS x_cell_type, ${ethnicGroupOf('m')} AS x_ethnic, ${religiousGroupOf('m')} AS x_religious${extras}
       FROM ${schema}.members m LEFT JOIN ${schema}.units u ON u.unit_id = m.unit_id`,
  );
}

/**
 * Each flag and each age band of an admission as a 0/1 column (`alias` is
 * the admission with its `x_` columns): a profile then sums small integers
 * instead of testing every condition on every row at every filter change.
 */
function admissionMarkColumns(alias: string): string {
  return [
    ...ADMISSION_FLAGS.map((f) => `coalesce((${f.where(alias)})::UTINYINT, 0) AS "${flagColumn(f.id)}"`),
    ...ADMISSION_AGE_BANDS.map((b, i) => `coalesce((${alias}.x_age BETWEEN ${b.min} AND ${b.max})::UTINYINT, 0) AS "${ageBandColumn(i)}"`),
  ].join(', ');
}
