import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../src/dataset/types';
import { createNativeEngine } from '../../src/engine/native';
import { writePrepared } from '../../src/model/store';
import { openDataset, PREPARED_FILE, PREPARED_MANIFEST, PREPARED_REPORT } from './open-dataset';

/** What `manifest.json` of a prepared dataset says. */
export interface PreparedManifest {
  format: 1;
  dataDate: string | null;
  units: number;
  files: Record<string, string>;
}

/**
 * Validates a dataset folder with the page's rules and writes it prepared to
 * `outDir`: every table, typed and derived, in one DuckDB database file
 * written by native DuckDB through the page's own loader and warehouse; the
 * load report beside it; and a manifest. A dataset the page would refuse is
 * refused with the same reasons (`DatasetRefused`), and nothing is written.
 */
export async function prepareDataset(dataDir: string, outDir: string, lang: Lang = 'vi'): Promise<PreparedManifest> {
  const d = await openDataset(dataDir, lang, { engine: createNativeEngine });
  try {
    mkdirSync(outDir, { recursive: true });
    const file = resolve(outDir, PREPARED_FILE);
    // a file left by an earlier run would be written into, not replaced
    rmSync(file, { force: true });
    rmSync(`${file}.wal`, { force: true });
    await writePrepared(d.engine, file);
    writeFileSync(join(outDir, PREPARED_REPORT), JSON.stringify(d.ds));
    const manifest: PreparedManifest = {
      format: 1,
      dataDate: d.loaded.dataDate,
      units: d.loaded.tree.units.size,
      files: {
        [PREPARED_FILE]: 'every table of the dataset, typed and derived (DuckDB database file)',
        [PREPARED_REPORT]: 'the load report: rows read, loaded and rejected per file, and why',
      },
    };
    writeFileSync(join(outDir, PREPARED_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await d.engine.close();
  }
}
