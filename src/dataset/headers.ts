import { HEADER_KEYS } from './aliases';
import { identifyingKind } from './identifying';
import type { Messages } from './messages';
import { TABLE_COLUMNS, type ColumnSpec } from './schema';
import { foldKey } from './text';
import type { Lang, TableName } from './types';

/** An output column and where its values come from. */
export interface OutputColumn {
  name: string;
  /** The canonical column, or null for an extra column. */
  spec: ColumnSpec | null;
  /** Index of the source column in the file, -1 when the file lacks it. */
  source: number;
  /** The source is a full birth date, reduced to its year. */
  fromBirthDate: boolean;
}

/** How a file's header maps onto a table's output columns. */
export interface HeaderPlan {
  table: TableName;
  header: string[];
  columns: OutputColumn[];
  /** Source indices of identifying columns: never copied anywhere. */
  identifying: Set<number>;
  /** Source index of the full birth date column reduced to `birth_year`, or -1. */
  birthDateSource: number;
  droppedColumns: string[];
  missingRequired: ColumnSpec[];
  warnings: string[];
  /** The header of each extra column as written (trimmed, NFC), by its output name: `khu_vuc` → "Khu vực". */
  extraHeaders: Record<string, string>;
}

/**
 * Maps a header row onto `table`: canonical columns via aliases, identifying
 * columns dropped (in every table, by what their header means: see
 * `identifyingKind`), the rest kept. A header the table knows as one of its
 * columns is that column (`name`, `Tên` in units.csv: the unit's name), unless
 * a better header already gives the column and this one identifies a person.
 * A full birth date becomes `birth_year` in a table that has that column and
 * lacks a header for it; otherwise it is dropped.
 */
export function planHeaders(header: string[], table: TableName, msg: Messages, lang: Lang): HeaderPlan {
  const aliases = HEADER_KEYS[table];
  const specs = TABLE_COLUMNS[table];
  const hasBirthYear = specs.some((s) => s.name === 'birth_year');
  const best = new Map<string, { source: number; priority: number }>();
  const extraSources: number[] = [];
  const demoted: { source: number; column: string }[] = [];
  const identifying = new Set<number>();
  const birthSources: number[] = [];

  header.forEach((h, i) => {
    const key = foldKey(h);
    // Excel leaves unnamed columns after the last real one: nothing to name a dimension by.
    if (h.trim() === '') return;
    const hit = aliases.get(key);
    if (!hit) {
      const kind = identifyingKind(h);
      if (kind === 'birth_date' && hasBirthYear) return birthSources.push(i);
      if (kind) return identifying.add(i);
      return extraSources.push(i);
    }
    const prev = best.get(hit.column);
    if (prev && prev.priority <= hit.priority) return demoted.push({ source: i, column: hit.column });
    if (prev) demoted.push({ source: prev.source, column: hit.column });
    best.set(hit.column, { source: i, priority: hit.priority });
  });
  // A second header for a column the table has is kept as an extra column, unless it names a person.
  for (let d = demoted.length - 1; d >= 0; d--) {
    const source = demoted[d]!.source;
    if (identifyingKind(header[source] ?? '')) {
      identifying.add(source);
      demoted.splice(d, 1);
    }
  }

  const usesBirthDate = birthSources.length > 0 && !best.has('birth_year');
  const columns: OutputColumn[] = specs.map((spec) => {
    const found = best.get(spec.name);
    if (spec.name === 'birth_year' && usesBirthDate) {
      return { name: spec.name, spec, source: birthSources[0]!, fromBirthDate: true };
    }
    return { name: spec.name, spec, source: found ? found.source : -1, fromBirthDate: false };
  });
  for (const i of birthSources) if (!(usesBirthDate && i === birthSources[0])) identifying.add(i);

  const used = new Set(specs.map((s) => s.name));
  const extraName = new Map<number, string>();
  const extraHeaders: Record<string, string> = {};
  for (const i of [...extraSources, ...demoted.map((d) => d.source)].sort((a, b) => a - b)) {
    let base = foldKey(header[i] ?? '') || `column_${i + 1}`;
    if (/^\d/.test(base)) base = `col_${base}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    extraName.set(i, name);
    extraHeaders[name] = (header[i] ?? '').normalize('NFC').trim() || name;
    columns.push({ name, spec: null, source: i, fromBirthDate: false });
  }

  const droppedColumns = [...identifying, ...(usesBirthDate ? [birthSources[0]!] : [])]
    .sort((a, b) => a - b)
    .map((i) => header[i] ?? '');
  const warnings: string[] = [];
  if (droppedColumns.length) warnings.push(msg.dropped(droppedColumns.join(', ')));
  if (usesBirthDate) warnings.push(msg.birthDateReduced);
  for (const d of demoted) {
    const spec = specs.find((s) => s.name === d.column)!;
    warnings.push(msg.duplicateColumn(header[d.source] ?? '', { label: spec[lang], name: spec.name }, extraName.get(d.source)!));
  }
  if (extraSources.length) warnings.push(msg.extras(extraSources.map((i) => ({ header: extraHeaders[extraName.get(i)!]!, name: extraName.get(i)! }))));

  const missingRequired = columns.filter((c) => c.spec?.required && c.source < 0).map((c) => c.spec!);
  return { table, header, columns, identifying, birthDateSource: usesBirthDate ? birthSources[0]! : -1, droppedColumns, missingRequired, warnings, extraHeaders };
}
