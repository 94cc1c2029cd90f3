/** A value bound to a `?` placeholder. Dates travel as ISO `yyyy-mm-dd` strings. */
export type SqlValue = string | number | boolean | null;

/** A piece of SQL and the values its `?` bind, in order. */
export interface SqlPart {
  sql: string;
  params: SqlValue[];
}

function isPart(v: unknown): v is SqlPart {
  return typeof v === 'object' && v !== null && typeof (v as SqlPart).sql === 'string' && Array.isArray((v as SqlPart).params);
}

function isValue(v: unknown): v is SqlValue {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * SQL written as it reads: an interpolated value becomes a `?` bound to it, an
 * interpolated {@link SqlPart} is inlined with its values, so the values stay
 * in the order of their placeholders without anyone counting them.
 *
 *     sql`SELECT count(*) FROM fact_admissions a WHERE a.unit_id = ${unitId} AND ${period}`
 */
export function sql(strings: TemplateStringsArray, ...values: readonly (SqlValue | SqlPart)[]): SqlPart {
  let text = strings[0]!;
  const params: SqlValue[] = [];
  values.forEach((v, i) => {
    if (isPart(v)) {
      text += v.sql;
      params.push(...v.params);
    } else if (isValue(v)) {
      text += '?';
      params.push(v);
    } else {
      // `undefined`, a Date or an array would bind as something DuckDB reads otherwise than meant
      throw new TypeError(`sql: cannot bind ${String(v)} (placeholder ${i + 1})`);
    }
    text += strings[i + 1]!;
  });
  return { sql: text, params };
}

/** Trusted text inlined as it is: identifiers, generated column lists. Never a user's value. */
export function raw(text: string): SqlPart {
  return { sql: text, params: [] };
}

/** The parts one after the other, `sep` between them, their values in the same order. */
export function join(parts: readonly SqlPart[], sep = ', '): SqlPart {
  return { sql: parts.map((p) => p.sql).join(sep), params: parts.flatMap((p) => p.params) };
}

/** No SQL and no values: the part of an optional clause that is absent. */
export const empty: SqlPart = Object.freeze({ sql: '', params: Object.freeze([]) as unknown as SqlValue[] });
