import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../src/dataset/types';
import { createNativeEngine } from '../../src/engine/native';
import type { Engine } from '../../src/engine/types';
import type { PartFile } from '../../src/model/parts';
import { partLayout, writePrepared } from '../../src/model/store';
import { openDataset, PREPARED_FILE, PREPARED_MANIFEST, PREPARED_REPORT, PREPARED_SUMMARY } from './open-dataset';

/** What `manifest.json` of a prepared dataset says. */
export interface PreparedManifest {
  format: 1;
  dataDate: string | null;
  units: number;
  /** Each file and what it holds. */
  files: Record<string, string>;
  /** A split dataset: the summary file the page opens first… */
  summary?: string;
  /** …and each top-level unit's file, attached when the user looks below the summary. */
  parts?: Record<string, PartFile & { name: string }>;
}

/** How long each step of `prepareDataset` took, in milliseconds (printed by the command, read by the bench). */
export type PrepareTimings = Record<string, number>;

/** `auto` splits a dataset with several top-level units and at least this many member rows. */
export const SPLIT_ABOVE = 500_000;

export type SplitChoice = 'auto' | 'always' | 'never';

/**
 * Validates a dataset folder with the page's rules and writes it prepared to
 * `outDir`, by native DuckDB through the page's own loader and warehouse: its
 * tables, typed and derived, each sorted by unit; the load report beside them;
 * and a manifest. One database file, or, split (a country), one summary file
 * with everything the top three levels show and one file per top-level unit
 * (see `src/model/parts.ts`). A dataset the page would refuse is refused with
 * the same reasons (`DatasetRefused`), and nothing is written.
 */
export async function prepareDataset(dataDir: string, outDir: string, lang: Lang = 'vi', split: SplitChoice = 'auto', timings: PrepareTimings = {}): Promise<PreparedManifest> {
  const d = await openDataset(dataDir, lang, { engine: createNativeEngine });
  Object.assign(timings, d.timings);
  const started = performance.now();
  try {
    mkdirSync(outDir, { recursive: true });
    // files left by an earlier run would be written into, not replaced
    for (const old of [PREPARED_FILE, PREPARED_SUMMARY, 'parts']) {
      rmSync(resolve(outDir, old), { recursive: true, force: true });
      rmSync(resolve(outDir, `${old}.wal`), { force: true });
    }
    writeFileSync(join(outDir, PREPARED_REPORT), JSON.stringify(d.ds));
    const manifest: PreparedManifest = {
      format: 1,
      dataDate: d.loaded.dataDate,
      units: d.loaded.tree.units.size,
      files: { [PREPARED_REPORT]: 'the load report: rows read, loaded and rejected per file, and why' },
    };
    const tops = d.loaded.tree.roots.flatMap((r) => d.loaded.tree.children.get(r) ?? []);
    const memberRows = d.ds.tables.members?.loaded ?? 0;
    if (split === 'always' || (split === 'auto' && tops.length >= 2 && memberRows >= SPLIT_ABOVE)) {
      await writeSplit(d.engine, outDir, tops, manifest, (id) => d.loaded.tree.units.get(id)?.name ?? id);
    } else {
      await writePrepared(d.engine, resolve(outDir, PREPARED_FILE));
      manifest.files[PREPARED_FILE] = 'every table of the dataset, typed and derived (DuckDB database file)';
    }
    writeFileSync(join(outDir, PREPARED_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    timings.write = Math.round(performance.now() - started);
    return manifest;
  } finally {
    await d.engine.close();
  }
}

/**
 * Writes the summary and one file per top-level unit. Each unit's place is
 * its top-level unit by parent (none for the roots) and its depth; a row of a
 * detail table goes to its unit's top-level file, a rolled-up row of the top
 * three levels to the summary and a deeper one to its unit's file. Every row
 * is in exactly one file, so the page's views over the summary and the parts
 * it attaches never count a row twice.
 */
async function writeSplit(engine: Engine, outDir: string, tops: string[], manifest: PreparedManifest, nameOf: (id: string) => string): Promise<void> {
  await engine.exec(
    `CREATE OR REPLACE TEMP TABLE unit_part AS
     WITH RECURSIVE level(unit_id, top, depth) AS (
       SELECT unit_id, NULL::VARCHAR, 0 FROM units WHERE parent_id IS NULL
       UNION ALL
       SELECT u.unit_id, coalesce(level.top, u.unit_id), level.depth + 1 FROM units u JOIN level ON u.parent_id = level.unit_id)
     SELECT * FROM level`,
  );
  const [{ db, schema }] = await engine.query<{ db: string; schema: string }>('SELECT current_database() AS db, current_schema() AS schema');
  const layout = await partLayout(engine, db, schema);
  const kindOf = (table: string) => (layout.tree.includes(table) ? 'tree' : layout.detail.includes(table) ? 'detail' : 'shared');
  const deep = 'SELECT unit_id FROM temp.unit_part WHERE top IS NOT NULL AND depth >= 3';
  const placed = 'SELECT unit_id FROM temp.unit_part WHERE top IS NOT NULL';
  await writePrepared(engine, resolve(outDir, PREPARED_SUMMARY), (t) =>
    kindOf(t) === 'tree' ? `t.ancestor_id NOT IN (${deep})` : kindOf(t) === 'detail' ? `(t.unit_id IS NULL OR t.unit_id NOT IN (${placed}))` : 'TRUE',
  );
  manifest.summary = PREPARED_SUMMARY;
  manifest.files[PREPARED_SUMMARY] = 'the summary: the units, targets, and every rolled-up table of the root, the top-level units and the level below them';
  // the parts whose rows a top-level unit's figures count: its own, and those of units merged into it from elsewhere
  const needs = await engine.query<{ top: string; needs: string[] }>(
    `SELECT a.ancestor_id AS top, list(DISTINCT p.top ORDER BY p.top) AS needs
     FROM unit_ancestor a JOIN temp.unit_part p ON p.unit_id = a.unit_id
     WHERE p.top IS NOT NULL AND a.ancestor_id IN (SELECT unit_id FROM temp.unit_part WHERE depth = 1) GROUP BY 1`,
  );
  const needsOf = new Map(needs.map((r) => [r.top, r.needs]));
  mkdirSync(resolve(outDir, 'parts'), { recursive: true });
  manifest.parts = {};
  for (const [i, top] of tops.entries()) {
    const file = `parts/${String(i + 1).padStart(3, '0')}-${top.replace(/[^A-Za-z0-9_.-]/g, '_')}.duckdb`;
    // the unit bound, never spliced: its id comes from the user's file
    await engine.query('CREATE OR REPLACE TEMP TABLE part_pick AS SELECT unit_id, depth FROM temp.unit_part WHERE top = ?', [top]);
    await writePrepared(engine, resolve(outDir, file), (t) =>
      kindOf(t) === 'tree' ? 't.ancestor_id IN (SELECT unit_id FROM temp.part_pick WHERE depth >= 3)' : kindOf(t) === 'detail' ? 't.unit_id IN (SELECT unit_id FROM temp.part_pick)' : null,
    );
    manifest.parts[top] = { file, name: nameOf(top), bytes: statSync(resolve(outDir, file)).size, needs: needsOf.get(top) ?? [top] };
    manifest.files[file] = `the rows of ${top} and its units below the level the summary holds`;
  }
}
