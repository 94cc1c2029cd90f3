import type { Engine } from '../engine/types';

/**
 * Built once per dataset, after the facts and `unit_ancestor`: per day and
 * sex, the admissions of the register and the members who joined and left,
 * for the root and the units right below it only. The members at any date of
 * a whole country or a province are then a sum over a few thousand rows (a
 * member counts from the day admitted until the day left), and the admissions
 * of any period too: the summary of a split prepared dataset answers the tiles
 * for any period without the provinces' rows. A departure is dated no earlier
 * than the admission, so a member who left before joining never counts, as in
 * `membersWhere`. Events before the first year of the year tables (members
 * admitted decades ago) are dated on its first day: they are counted the same
 * from then on, in a table several times smaller.
 */
export async function createEventTree(engine: Engine, schema: string): Promise<void> {
  await engine.exec(
    `CREATE TABLE ${schema}.event_tree AS
     WITH RECURSIVE level(unit_id, depth) AS (
       SELECT unit_id, 0 FROM ${schema}.units WHERE parent_id IS NULL
       UNION ALL
       SELECT u.unit_id, level.depth + 1 FROM ${schema}.units u JOIN level ON u.parent_id = level.unit_id WHERE level.depth < 1),
     opening AS (SELECT make_date(lo::INTEGER, 1, 1) AS day FROM ${schema}.member_year_range),
     ev AS (
       SELECT unit_id, admitted_on AS day, sex, 1 AS admitted, 0 AS joined, 0 AS gone FROM ${schema}.fact_admissions WHERE admitted_on IS NOT NULL
       UNION ALL SELECT unit_id, admitted_on, sex, 0, 1, 0 FROM ${schema}.fact_members WHERE admitted_on IS NOT NULL
       UNION ALL SELECT unit_id, greatest(left_on, admitted_on), sex, 0, 0, 1 FROM ${schema}.fact_members WHERE admitted_on IS NOT NULL AND left_on IS NOT NULL)
     SELECT g.ancestor_id, greatest(ev.day, opening.day) AS day, ev.sex, sum(ev.admitted)::INTEGER AS admitted, sum(ev.joined)::INTEGER AS joined, sum(ev.gone)::INTEGER AS gone
     FROM ev JOIN ${schema}.unit_ancestor g USING (unit_id), opening
     WHERE g.ancestor_id IN (SELECT unit_id FROM level)
     GROUP BY ALL ORDER BY 1, 2`,
  );
}
