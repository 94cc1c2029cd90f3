/**
 * The bench's figures as written down: percentiles, the app's JavaScript size,
 * one JSON file per dataset and a Markdown table per run (bench/results/).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Interaction, Load } from './bench-page';

/** Nearest-rank percentile (p in 0..100) of the figures given; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Spread {
  n: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
}

export function spread(values: readonly number[]): Spread {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : null };
}

/** The engine's own files: DuckDB's workers (its wasm files are not JavaScript). */
const ENGINE = /^duckdb-/;

export interface AppSize {
  /** Sum of the gzip sizes (level 9) of dist/assets/*.js but the engine's. */
  gzipBytes: number;
  files: { file: string; bytes: number; gzipBytes: number }[];
  excluded: string[];
}

export function appJsSize(assets = 'dist/assets'): AppSize {
  const js = readdirSync(assets).filter((f) => f.endsWith('.js')).sort();
  const files = js
    .filter((f) => !ENGINE.test(f))
    .map((file) => {
      const body = readFileSync(join(assets, file));
      return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    });
  return { gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0), files, excluded: readdirSync(assets).filter((f) => ENGINE.test(f)).sort() };
}

export interface DatasetResult {
  dataset: string;
  date: string;
  /** Null when the whole dataset failed before the page (generate, prepare). */
  failed: string | null;
  prepareSeconds: number | null;
  preparedNow: boolean;
  preparedBytes: number | null;
  warnings: string[];
  cold: Load[];
  warm: Load[];
  interactions: Interaction[];
  summary: {
    cold: Spread;
    warm: Spread;
    interactions: Spread;
    drill: Spread;
    byKind: Record<string, Spread>;
    failedSteps: number;
    longestTaskMs: number | null;
    peakRendererRssMb: number | null;
    native: { loadSeconds: number; states: Spread; ignoredDims: string[] } | null;
    /** Page ÷ native, at p50 and at p95 of each side. */
    ratio: { p50: number | null; p95: number | null };
  };
  appJs: AppSize;
}

const cell = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? '—' : `${Math.round(v).toLocaleString('en')}${unit}`);
const trio = (s: Spread) => (s.n ? `${cell(s.p50)} / ${cell(s.p95)} / ${cell(s.max)}` : '—');

export function writeDatasetJson(r: DatasetResult, dir = 'bench/results'): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${r.dataset}-${r.date}.json`);
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}

/** One table row per dataset of the run, then each failure and warning. */
export function markdownTable(results: readonly DatasetResult[], command: string): string {
  const head = [
    'dataset',
    'prepare s',
    'cold ms p50/max',
    'warm ms p50/max',
    'step ms p50 / p95 / max',
    'drill-down ms p50 / p95 / max',
    'steps (failed)',
    'longest task ms',
    'peak renderer RSS MB',
    'native ms p50 / p95',
    'page ÷ native p50 / p95',
  ];
  const rows = results.map((r) => {
    const s = r.summary;
    const ratio = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}×`);
    return [
      r.dataset,
      r.prepareSeconds === null ? '—' : `${r.prepareSeconds.toFixed(1)}${r.preparedNow ? '' : ' (cached)'}`,
      s.cold.n ? `${cell(s.cold.p50)} / ${cell(s.cold.max)}` : '—',
      s.warm.n ? `${cell(s.warm.p50)} / ${cell(s.warm.max)}` : '—',
      trio(s.interactions),
      trio(s.drill),
      `${r.interactions.length} (${s.failedSteps})`,
      cell(s.longestTaskMs),
      cell(s.peakRendererRssMb),
      s.native ? `${cell(s.native.states.p50)} / ${cell(s.native.states.p95)}` : '—',
      `${ratio(s.ratio.p50)} / ${ratio(s.ratio.p95)}`,
    ];
  });
  const lines = [
    `# Bench ${results[0]?.date ?? ''}`,
    '',
    `\`${command}\` — see README.md for what each column means.`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((c) => `| ${c.join(' | ')} |`),
    '',
  ];
  const app = results[0]?.appJs;
  if (app) {
    lines.push(
      `App JavaScript, gzip -9, engine excluded: **${(app.gzipBytes / 1024).toFixed(0)} KiB** (${app.files.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(0)} KiB`).join(', ')}); excluded: ${app.excluded.join(', ')}.`,
      '',
    );
  }
  for (const r of results) {
    const kinds = Object.entries(r.summary.byKind).map(([k, s]) => `${k} ${trio(s)}`);
    if (kinds.length) lines.push(`- ${r.dataset}, by kind of step (ms p50 / p95 / max): ${kinds.join('; ')}`);
    if (r.failed) lines.push(`- ${r.dataset}: failed: ${r.failed}`);
    const fails = [...r.cold, ...r.warm].filter((l) => l.failed).map((l) => `load: ${l.failed}`);
    fails.push(...r.interactions.filter((i) => i.failed).map((i) => `${i.label}: ${i.failed}`));
    for (const f of fails) lines.push(`- ${r.dataset}: failed: ${f}`);
    for (const w of r.warnings) lines.push(`- ${r.dataset}: ${w}`);
  }
  return `${lines.join('\n')}\n`;
}
