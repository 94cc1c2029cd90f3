import type { Lang } from '../dataset/types';
import type { Clause } from '../filters/filters';
import type { Dimension } from '../indicators/dimensions';
import { t } from '../i18n/strings';

interface Props {
  clauses: Clause[];
  dims: Dimension[];
  lang: Lang;
  onRemove: (dim: string, value?: string) => void;
}

/** The active cross-filters, each removable on its own. */
export function FilterChips({ clauses, dims, lang, onRemove }: Props) {
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
      <button type="button" className="link" data-testid="chips-clear" onClick={() => clauses.forEach((c) => onRemove(c.dim))}>
        {t(lang, 'clearFilters')}
      </button>
    </div>
  );
}

/** A dimension offered in the filter bar: choosing a value adds it to the clauses. */
export function DimSelect({ dim, values, lang, onPick }: { dim: Dimension; values: string[]; lang: Lang; onPick: (v: string) => void }) {
  return (
    <label className="field">
      <span>{dim.label[lang]}</span>
      <select data-testid={`dim-${dim.id}`} value="" onChange={(e) => e.target.value && onPick(e.target.value)}>
        <option value="">{t(lang, 'all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {dim.valueLabel(v, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
