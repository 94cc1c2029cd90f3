import { prepareColumn, type PreparedColumn } from './columns';
import { CSV_EOL, csvField, csvRecord } from './csv-write';
import type { HeaderPlan } from './headers';
import { IdIndex } from './id-index';
import { messages, type Messages } from './messages';
import { isBlankRow } from './header-row';
import { writeRejectedCsv, type RejectedRow } from './rejected';
import { ROW_RULES } from './row-rules';
import { ID_COLUMN, sqlTypeOf } from './schema';
import type { Lang, LineCounts, LoadError, SqlType, TableName, TableResult } from './types';
import { unitTreeErrors } from './units-check';

/** What a table's checks need to know beyond its own rows. */
export interface LoadContext {
  file: string;
  lang: Lang;
  nowYear: number;
  fromXlsx: boolean;
  encoding: string;
  /** Kinds of the loaded units by id; absent when units could not be loaded, and references then go unchecked. */
  units?: ReadonlyMap<string, string>;
  unitsFile?: string;
}

/** `trim`, skipped for the usual value that needs none. */
function trim(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(n - 1);
  return a <= 32 || z <= 32 || a >= 0x80 || z >= 0x80 ? s.trim() : s;
}

/** A row that passed its own checks but waits for the whole-table ones (units). */
export interface KeptRow {
  row: number;
  values: string[];
  fields: string[];
}

interface PreparedRule {
  kind: 'order' | 'requires';
  at: number;
  other: number;
  numeric: boolean;
}

/**
 * Checks and normalises the rows of one table, one record at a time, and
 * writes the result. Good rows are kept only as output lines, except units:
 * their tree is checked once all are read.
 */
export class TableLoader {
  private readonly msg: Messages;
  private readonly cols: PreparedColumn[];
  private readonly rules: PreparedRule[];
  private readonly idAt: number;
  private readonly unitAt: number;
  private readonly seen = new IdIndex();
  private readonly good: string[] = [];
  private readonly kept: KeptRow[] | null;
  private readonly rejected: RejectedRow[] = [];
  private readonly scratch: string[];
  private readonly parts: string[];
  private rows = 0;
  private errs: LoadError[] | null = null;

  constructor(
    readonly table: TableName,
    private readonly plan: HeaderPlan,
    private readonly ctx: LoadContext,
  ) {
    this.msg = messages(ctx.lang);
    this.cols = plan.columns.map((c) => prepareColumn(c, plan.header, this.msg, ctx.lang, ctx.nowYear, ctx.fromXlsx));
    this.rules = ROW_RULES[table].map((r) => ({
      kind: r.kind,
      at: this.at(r.column),
      other: this.at(r.other),
      numeric: plan.columns[this.at(r.column)]?.spec?.type === 'integer',
    }));
    const id = ID_COLUMN[table];
    this.idAt = id ? this.at(id) : -1;
    this.unitAt = table === 'units' ? -1 : this.at('unit_id');
    this.kept = table === 'units' ? [] : null;
    this.scratch = new Array<string>(this.cols.length).fill('');
    this.parts = new Array<string>(this.cols.length).fill('');
  }

  /** Index of an output column. */
  at(name: string): number {
    return this.plan.columns.findIndex((c) => c.name === name);
  }

  /** Data rows read so far. */
  get rowsRead(): number {
    return this.rows;
  }

  /** Checks one record; `row` is its spreadsheet row number. Blank records are skipped. */
  add(fields: string[], row: number): void {
    if (isBlankRow(fields)) return;
    this.rows++;
    const { cols, msg } = this;
    const values = this.kept ? new Array<string>(cols.length) : this.scratch;
    this.errs = null;
    const width = this.plan.header.length;
    if (fields.length > width && !isBlankRow(fields.slice(width))) {
      this.fail(row, '', 'fields', msg.fields(fields.length, width));
    }
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k]!;
      const raw = c.source >= 0 && c.source < fields.length ? trim(fields[c.source]!) : '';
      if (raw === '') {
        values[k] = '';
        if (c.required) this.fail(row, c.name, 'required', msg.required(c.col));
      } else if (c.parse === null) {
        values[k] = raw;
      } else {
        const r = c.parse(raw);
        if (typeof r === 'string') values[k] = r;
        else {
          values[k] = '';
          this.fail(row, c.name, r.rule, c.explain(r, raw));
        }
      }
    }
    if (this.rules.length) this.checkRules(fields, values, row);
    if (this.idAt >= 0) this.checkUnique(values[this.idAt]!, row);
    if (this.unitAt >= 0 && this.ctx.units) this.checkUnit(values[this.unitAt]!, row);

    if (this.errs) this.rejected.push({ row, fields, errors: this.errs });
    else if (this.kept) this.kept.push({ row, values, fields });
    else this.good.push(this.line(values));
  }

  private fail(row: number, column: string, rule: string, message: string): void {
    (this.errs ??= []).push({ row, column, rule, message });
  }

  private raw(fields: string[], k: number): string {
    return (fields[this.cols[k]!.source] ?? '').trim();
  }

  private checkRules(fields: string[], values: string[], row: number): void {
    const { cols, msg } = this;
    for (const r of this.rules) {
      if (r.at < 0 || r.other < 0) continue;
      const a = values[r.at]!;
      const b = values[r.other]!;
      const c = cols[r.at]!;
      const other = cols[r.other]!;
      if (r.kind === 'order') {
        if (a !== '' && b !== '' && (r.numeric ? +a < +b : a < b)) {
          const message = msg.order(c.col, this.raw(fields, r.at), other.col, this.raw(fields, r.other), !r.numeric);
          this.fail(row, c.name, 'order', message);
        }
      } else if (a !== '' && this.raw(fields, r.other) === '') {
        this.fail(row, c.name, 'requires', msg.requires(c.col, this.raw(fields, r.at), other.col));
      }
    }
  }

  private checkUnique(id: string, row: number): void {
    if (id === '') return;
    const first = this.seen.firstOrAdd(id, row);
    if (first >= 0) {
      const c = this.cols[this.idAt]!;
      this.fail(row, c.name, 'unique', this.msg.unique(c.col, id, first));
    }
  }

  private checkUnit(unit: string, row: number): void {
    if (unit === '') return;
    const c = this.cols[this.unitAt]!;
    const kind = this.ctx.units!.get(unit);
    if (kind === undefined) {
      this.fail(row, c.name, 'reference', this.msg.reference(c.col, unit, this.ctx.unitsFile ?? 'units.csv'));
    } else if (this.table === 'admissions' && kind !== 'chi_bo') {
      this.fail(row, c.name, 'chi_bo', this.msg.chiBo(c.col, unit));
    }
  }

  /** One flat CSV line: joined, not concatenated, so no chain of string pieces stays alive per row. */
  private line(values: string[]): string {
    const parts = this.parts;
    for (let k = 0; k < values.length; k++) parts[k] = this.cols[k]!.free ? csvField(values[k]!) : values[k]!;
    return parts.join(',');
  }

  /** Kinds of the loaded units by id (after `finish`). */
  unitKinds(): Map<string, string> {
    const kindAt = this.at('kind');
    return new Map((this.kept ?? []).map((k) => [k.values[this.idAt]!, k.values[kindAt]!]));
  }

  /** Runs the checks that need every row, and writes the result (the importer adds the line counts). */
  finish(extraWarnings: string[] = []): Omit<TableResult, keyof LineCounts> {
    const warnings = [...this.plan.warnings, ...extraWarnings];
    if (this.kept) this.finishUnits(this.kept, warnings);
    const columns = this.cols.map((c) => c.name);
    const sqlTypes: Record<string, SqlType> = {};
    for (const c of this.plan.columns) sqlTypes[c.name] = c.spec ? sqlTypeOf(c.spec.type) : 'VARCHAR';
    return {
      table: this.table,
      file: this.ctx.file,
      rows: this.rows,
      loaded: this.rows - this.rejected.length,
      rejected: this.rejected.length,
      columns,
      sqlTypes,
      csv: csvRecord(columns) + CSV_EOL + (this.good.length ? this.good.join(CSV_EOL) + CSV_EOL : ''),
      errors: this.rejected.flatMap((r) => r.errors),
      rejectedCsv: writeRejectedCsv(this.plan, this.rejected, this.ctx.fromXlsx),
      droppedColumns: this.plan.droppedColumns,
      encoding: this.ctx.encoding,
      warnings,
    };
  }

  private finishUnits(kept: KeptRow[], warnings: string[]): void {
    const at = {
      id: this.idAt,
      parent: this.at('parent_id'),
      successor: this.at('successor_id'),
      activeTo: this.at('active_to'),
    };
    const cols = { parent: this.cols[at.parent]!.col, successor: this.cols[at.successor]!.col };
    const byIndex = unitTreeErrors(kept, at, cols, this.seen, this.msg, this.ctx.file);
    const stillKept: KeptRow[] = [];
    kept.forEach((k, i) => {
      const errors = byIndex.get(i);
      if (errors) this.rejected.push({ row: k.row, fields: k.fields, errors });
      else stillKept.push(k);
    });
    this.rejected.sort((a, b) => a.row - b.row);
    kept.length = 0;
    kept.push(...stillKept);
    for (const k of kept) this.good.push(this.line(k.values));
    const orphans = kept.filter((k) => k.values[at.successor] !== '' && k.values[at.activeTo] === '').map((k) => k.row);
    if (orphans.length) {
      const rows = orphans.slice(0, 10).join(', ') + (orphans.length > 10 ? ', …' : '');
      warnings.push(this.msg.successorWithoutEnd(orphans.length, rows));
    }
  }
}
