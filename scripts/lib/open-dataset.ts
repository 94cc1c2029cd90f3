import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSources } from '../../src/dataset/load';
import type { DatasetResult, FileProblem, Lang } from '../../src/dataset/types';
import { problemLine } from '../../src/dataset/verdict';
import { createNodeEngine } from '../../src/engine/node';
import type { Engine } from '../../src/engine/types';
import { attachParts, loadDataset, openPrepared, type LoadedDataset } from '../../src/model/store';
import type { PartFile } from '../../src/model/parts';
import { Coordinator } from '../../src/query/coordinator';

export interface OpenedDataset {
  /** The engine behind the coordinator the page has too: the same cache, merging and order. */
  engine: Coordinator;
  ds: DatasetResult;
  loaded: LoadedDataset;
  /** How long each step of a load from files took, in milliseconds: `read` (the files read and decoded), then the load's own steps. */
  timings?: Record<string, number>;
}

/**
 * Whether a folder entry is left out, as a file nobody would drop on the page:
 * hidden files (`.DS_Store`, `.gitkeep`) and Markdown notes (`README.md`).
 */
export function isIgnoredEntry(name: string): boolean {
  return name.startsWith('.') || /\.md$/i.test(name);
}

/**
 * The files of a data folder, as the page is given the files dropped on it:
 * every file in it (not its sub-folders), whatever its format, so that a
 * `.parquet`, `.xls` or PDF beside the CSVs is named and refused as the page
 * refuses it. Only hidden files and Markdown notes are left out (`isIgnoredEntry`).
 */
export function readDatasetDir(dir: string): { name: string; bytes: Uint8Array }[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`không tìm thấy thư mục dữ liệu: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !isIgnoredEntry(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** The files of a prepared dataset (see `scripts/lib/prepare.ts`). */
export const PREPARED_MANIFEST = 'manifest.json';
export const PREPARED_FILE = 'dataset.duckdb';
export const PREPARED_SUMMARY = 'summary.duckdb';
export const PREPARED_REPORT = 'load-report.json';

/**
 * A prepared dataset folder, attached read-only instead of loaded and built
 * again. A split one opens on its summary with every part attached, unless
 * `parts: 'none'` keeps to the summary, as the page is before the user looks
 * below the top-level units.
 */
async function openPreparedDir(dir: string, opts: OpenOptions): Promise<OpenedDataset> {
  const engine = new Coordinator(await (opts.engine ?? createNodeEngine)());
  const ds = JSON.parse(readFileSync(join(dir, PREPARED_REPORT), 'utf8')) as DatasetResult;
  const manifest = JSON.parse(readFileSync(join(dir, PREPARED_MANIFEST), 'utf8')) as { summary?: string; parts?: Record<string, PartFile> };
  const file = manifest.summary ?? PREPARED_FILE;
  const loaded = await openPrepared(engine, file, new Uint8Array(readFileSync(join(dir, file))), { ds, parts: manifest.parts });
  if (manifest.parts && opts.parts !== 'none') {
    await attachParts(engine, loaded, Object.keys(manifest.parts), async (_top, part) => new Uint8Array(readFileSync(join(dir, part.file))));
  }
  return { engine, ds, loaded };
}

export interface OpenOptions {
  /** Makes the engine (the page's wasm engine in Node by default). */
  engine?: () => Promise<Engine>;
  /** A split prepared dataset: attach every part (the default), or none. */
  parts?: 'all' | 'none';
}

/** A dataset refused by `datasetVerdict`: every reason, one line each. */
export class DatasetRefused extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map(problemLine).join('\n'));
    this.name = 'DatasetRefused';
  }
}

/**
 * Reads, validates and loads a folder into a fresh engine (the page's wasm
 * engine in Node, unless `opts.engine` makes another), as the page does,
 * with the page's verdict: throws `DatasetRefused` with its reasons (in `lang`)
 * when the page would refuse these files.
 */
export async function openDataset(dir: string, lang: Lang = 'vi', opts: OpenOptions = {}): Promise<OpenedDataset> {
  if (existsSync(join(dir, PREPARED_MANIFEST))) return openPreparedDir(dir, opts);
  const started = performance.now();
  const sources = await readSources(readDatasetDir(dir), lang);
  const read = Math.round(performance.now() - started);
  const engine = new Coordinator(await (opts.engine ?? createNodeEngine)());
  const { ds, verdict, loaded, timings } = await loadDataset(engine, sources, { lang });
  if (!verdict.ok || !loaded) {
    await engine.close();
    throw new DatasetRefused(verdict.ok ? [] : verdict.problems);
  }
  return { engine, ds, loaded, timings: { read, ...timings } };
}
