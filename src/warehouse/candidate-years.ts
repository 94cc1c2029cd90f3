import type { Engine } from '../engine/types';

/**
 * Built once per dataset, after `unit_ancestor`: the candidates of every
 * unit's subtree per calendar year and reason for dropping out (null on the
 * other events' rows): listed, finishing the class, admitted, dropped, and the
 * change in those in the pipeline at the year's end. A candidate counts in it
 * from the year of listing until the year of leaving (admitted or dropped,
 * whichever is first): +1 in the first, −1 in the later of the two, so the
 * changes up to a year add up to those open at its end.
 */
export async function createCandidateYears(engine: Engine, schema: string): Promise<void> {
  await engine.exec(
    `CREATE TABLE ${schema}.candidate_year_tree AS
     WITH c AS (SELECT unit_id, drop_reason, year(listed_on) AS listed_y, year(class_completed_on) AS class_y, year(admitted_on) AS admitted_y,
                       year(dropped_on) AS dropped_y, year(least(admitted_on, dropped_on)) AS left_y FROM ${schema}.candidates),
          ev AS (SELECT unit_id, listed_y AS year, NULL::VARCHAR AS reason, 1 AS listed, 0 AS class_completed, 0 AS admitted, 0 AS dropped, 1 AS open_change FROM c WHERE listed_y IS NOT NULL
                 UNION ALL SELECT unit_id, greatest(listed_y, left_y), NULL, 0, 0, 0, 0, -1 FROM c WHERE listed_y IS NOT NULL AND left_y IS NOT NULL
                 UNION ALL SELECT unit_id, class_y, NULL, 0, 1, 0, 0, 0 FROM c WHERE class_y IS NOT NULL
                 UNION ALL SELECT unit_id, admitted_y, NULL, 0, 0, 1, 0, 0 FROM c WHERE admitted_y IS NOT NULL
                 UNION ALL SELECT unit_id, dropped_y, drop_reason, 0, 0, 0, 1, 0 FROM c WHERE dropped_y IS NOT NULL)
     SELECT x.ancestor_id, ev.year::INTEGER AS year, ev.reason, sum(ev.listed)::INTEGER AS listed, sum(ev.class_completed)::INTEGER AS class_completed,
            sum(ev.admitted)::INTEGER AS admitted, sum(ev.dropped)::INTEGER AS dropped, sum(ev.open_change)::INTEGER AS open_change
     FROM ev JOIN ${schema}.unit_ancestor x USING (unit_id) GROUP BY ALL ORDER BY 1, 2`,
  );
}

/**
 * Built once per dataset: how many candidates there are and the last date
 * any of their events carries (the pipeline reads whole years up to it). One
 * row, which a split dataset's summary holds whole.
 */
export async function createCandidateSpan(engine: Engine, schema: string): Promise<void> {
  await engine.exec(
    `CREATE TABLE ${schema}.candidate_span AS
     SELECT count(*)::INTEGER AS n, max(greatest(listed_on, class_completed_on, admitted_on, dropped_on)) AS last_event FROM ${schema}.candidates`,
  );
}
