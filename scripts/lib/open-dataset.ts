import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importDatasetAsync } from '../../src/dataset/import';
import type { DatasetResult, Lang } from '../../src/dataset/types';
import { createNodeEngine } from '../../src/engine/node';
import type { Engine } from '../../src/engine/types';
import { loadDataset, type LoadedDataset } from '../../src/model/store';

export interface OpenedDataset {
  engine: Engine;
  ds: DatasetResult;
  loaded: LoadedDataset;
}

/** The data files of a folder: every `.csv` / `.xlsx` in it (the importer tells which table each is). */
export function readDatasetDir(dir: string): { name: string; bytes: Uint8Array }[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`không tìm thấy thư mục dữ liệu: ${dir}`);
  return readdirSync(dir)
    .filter((n) => /\.(csv|xlsx)$/i.test(n))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/**
 * Reads, validates and loads a folder into a fresh engine, as the page does.
 * Throws with a one-line reason when a required file is missing or unreadable.
 */
export async function openDataset(dir: string, lang: Lang = 'vi'): Promise<OpenedDataset> {
  const ds = await importDatasetAsync(readDatasetDir(dir), { lang });
  if (ds.problems.length) throw new Error(ds.problems.map((p) => `${p.file}: ${p.message}`).join(' | '));
  const engine = await createNodeEngine();
  const loaded = await loadDataset(engine, ds);
  return { engine, ds, loaded };
}
