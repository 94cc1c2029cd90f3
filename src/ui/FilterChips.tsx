import type { Lang } from '../dataset/types';
import type { Clause } from '../filters/filters';
import type { Dimension } from '../indicators/dimensions';
import { t } from '../i18n/strings';

interface Props {
  clauses: Clause[];
  dims: Dimension[];
  lang: Lang;
  onRemove: (dim: string, value?: string) => void;
  /** Removes every clause at once (removing them one by one would each start from the same list). */
  onClear: () => void;
}

/** The active cross-filters, each removable on its own. */
export function FilterChips({ clauses, dims, lang, onRemove, onClear }: Props) {
  if (clauses.length === 0) return null;
  return (
    <div className="chips" data-testid="chips" aria-label={t(lang, 'activeFilters')}>
      <span className="muted">{t(lang, 'activeFilters')}:</span>
      {clauses.flatMap((c) => {
        const d = dims.find((x) => x.id === c.dim);
        return c.values.map((v) => (
          <span className="chip" key={`${c.dim}=${v}`} data-testid="chip" data-dim={c.dim} data-value={v}>
            {d ? `${d.label[lang]}: ${d.valueLabel(v, lang)}` : `${c.dim}: ${v}`}
            <button type="button" aria-label={t(lang, 'removeFilter')} onClick={() => onRemove(c.dim, v)}>
              ×
            </button>
          </span>
        ));
      })}
      <button type="button" className="link" data-testid="chips-clear" onClick={onClear}>
        {t(lang, 'clearFilters')}
      </button>
    </div>
  );
}

/**
 * A dimension offered in the filter bar. It shows the dimension's clause as
 * it stands (all, the one value, or how many values a cross-filter chose), and
 * choosing in it sets the clause: a value alone, or "all" to clear it.
 */
export function DimSelect({ dim, values, chosen, lang, onChange }: { dim: Dimension; values: string[]; chosen: readonly string[]; lang: Lang; onChange: (values: string[]) => void }) {
  // a value chosen elsewhere (a link, a chart) that the list lacks is still shown, not silently "all"
  const listed = chosen.length === 1 && !values.includes(chosen[0]) ? [...values, chosen[0]] : values;
  // the option standing for "several values": a text no value of the list has
  let several = '*';
  while (listed.includes(several)) several += '*';
  const value = chosen.length === 0 ? '' : chosen.length === 1 ? chosen[0] : several;
  return (
    <label className="field">
      <span>{dim.label[lang]}</span>
      <select data-testid={`dim-${dim.id}`} value={value} onChange={(e) => e.target.value !== several && onChange(e.target.value ? [e.target.value] : [])}>
        <option value="">{t(lang, 'all')}</option>
        {chosen.length > 1 && (
          <option value={several} disabled>
            {t(lang, 'severalValues', { n: chosen.length })}
          </option>
        )}
        {listed.map((v) => (
          <option key={v} value={v}>
            {dim.valueLabel(v, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
