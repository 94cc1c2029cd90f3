/** One narrowing: a dimension and the values kept (values of one clause are alternatives). */
export interface Clause {
  dim: string;
  values: string[];
}

/** Adds a value to a dimension's clause, or removes it when already there (a second click undoes). */
export function toggleClause(clauses: readonly Clause[], dim: string, value: string): Clause[] {
  const existing = clauses.find((c) => c.dim === dim);
  if (!existing) return [...clauses, { dim, values: [value] }];
  const values = existing.values.includes(value) ? existing.values.filter((v) => v !== value) : [...existing.values, value];
  return values.length ? clauses.map((c) => (c.dim === dim ? { dim, values } : c)) : clauses.filter((c) => c.dim !== dim);
}

/** The dimension's clause set to `values` (kept in its place; none: the clause removed). */
export function setClause(clauses: readonly Clause[], dim: string, values: readonly string[]): Clause[] {
  if (values.length === 0) return clauses.filter((c) => c.dim !== dim);
  if (!clauses.some((c) => c.dim === dim)) return [...clauses, { dim, values: [...values] }];
  return clauses.map((c) => (c.dim === dim ? { dim, values: [...values] } : c));
}

export function withoutClause(clauses: readonly Clause[], dim: string, value?: string): Clause[] {
  return clauses.flatMap((c) => {
    if (c.dim !== dim) return [c];
    if (value === undefined) return [];
    const values = c.values.filter((v) => v !== value);
    return values.length ? [{ dim, values }] : [];
  });
}

/**
 * A value in the `f=` parameter: only the separators and `%` escaped, so that the
 * address bar's own encoding is the only one and `Miền núi` reads as written
 * (`Mi%E1%BB%81n+n%C3%BAi`, shown `Miền+núi`), not encoded twice. Links made when
 * every value went through `encodeURIComponent` read the same (`clausesFromParam`).
 */
const escapeValue = (v: string) => v.replace(/[%,;]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** `sex:nu;cell_type:thon_to_dan_pho,truong_hoc;u.khu_vuc:Miền núi` — compact and readable in a link. */
export function clausesToParam(clauses: readonly Clause[]): string {
  return clauses
    .filter((c) => c.values.length)
    .map((c) => `${c.dim}:${c.values.map(escapeValue).join(',')}`)
    .join(';');
}

export function clausesFromParam(param: string | null): Clause[] {
  if (!param) return [];
  const out: Clause[] = [];
  for (const part of param.split(';')) {
    const i = part.indexOf(':');
    if (i <= 0) continue;
    const dim = part.slice(0, i);
    const values = part
      .slice(i + 1)
      .split(',')
      .filter(Boolean)
      .map((v) => {
        try {
          return decodeURIComponent(v);
        } catch {
          return v;
        }
      });
    if (values.length && !out.some((c) => c.dim === dim)) out.push({ dim, values });
  }
  return out;
}
