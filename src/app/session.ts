import { REQUIRED_TABLES } from '../dataset/schema';
import type { DatasetResult, Lang } from '../dataset/types';
import { createBrowserEngine } from '../engine/browser';
import type { Engine } from '../engine/types';
import { loadDataset, type LoadedDataset } from '../model/store';
import { t } from '../i18n/strings';
import { importInWorker, type ImportProgress } from './import-files';

let engine: Promise<Engine> | null = null;

/** One engine for the page's lifetime; datasets come and go inside it. */
export function getEngine(): Promise<Engine> {
  engine ??= createBrowserEngine();
  return engine;
}

export type LoadOutcome =
  | { ok: true; ds: DatasetResult; loaded: LoadedDataset }
  | { ok: false; ds: DatasetResult | null; reasons: string[] };

export type LoadStep = { step: 'engine' } | { step: 'read'; progress: ImportProgress } | { step: 'tables' };

/**
 * Reads and validates the files off the main thread, then swaps them in. The
 * dataset on screen is replaced only when the new one validated: a problem
 * with a whole file, or a required file left with no valid row, keeps the old one.
 */
export async function loadFiles(
  files: { name: string; bytes: Uint8Array }[],
  lang: Lang,
  onStep: (s: LoadStep) => void,
): Promise<LoadOutcome> {
  onStep({ step: 'engine' });
  const db = await getEngine();
  const ds = await importInWorker(files, lang, (progress) => onStep({ step: 'read', progress }));
  const reasons = ds.problems.map((p) => `${p.file}: ${p.message}`);
  for (const table of REQUIRED_TABLES) {
    const r = ds.tables[table];
    if (r && r.loaded === 0) reasons.push(t(lang, 'emptyTableRejected', { file: r.file }));
  }
  if (reasons.length) return { ok: false, ds, reasons };
  onStep({ step: 'tables' });
  try {
    return { ok: true, ds, loaded: await loadDataset(db, ds) };
  } catch (e) {
    return { ok: false, ds, reasons: [e instanceof Error ? e.message : String(e)] };
  }
}
