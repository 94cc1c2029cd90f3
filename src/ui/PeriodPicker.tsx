import { useState } from 'react';
import { parseDate } from '../dataset/values';
import type { Lang } from '../dataset/types';
import type { Period } from '../filters/period';
import type { Preset } from '../filters/presets';
import { formatDate } from '../i18n/format';
import { t } from '../i18n/strings';

interface Props {
  value: Period;
  presets: Preset[];
  lang: Lang;
  onChange: (p: Period) => void;
}

/** `dd/mm/yyyy` (day first, as the offices write it) or ISO -> ISO; null when not a real date. */
function toIso(text: string): string | null {
  const v = parseDate(text.trim());
  return typeof v === 'string' ? v : null;
}

const GROUPS: { id: Preset['group']; vi: string; en: string }[] = [
  { id: 'todate', vi: 'Đến ngày dữ liệu', en: 'To the data date' },
  { id: 'year', vi: 'Năm', en: 'Year' },
  { id: 'term', vi: 'Nhiệm kỳ', en: 'Term' },
  { id: 'last', vi: 'Những năm gần nhất', en: 'Recent years' },
];

/** A preset period (a year, the year to date, a term, the last N years) or a custom range of days. */
export function PeriodPicker({ value, presets, lang, onChange }: Props) {
  const current = presets.find((p) => p.period.from === value.from && p.period.to === value.to);
  const [fromText, setFromText] = useState(formatDate(value.from, lang));
  const [toText, setToText] = useState(formatDate(value.to, lang));
  // a new period or language rewrites both boxes (what was typed and not applied is dropped), in this render
  const [shown, setShown] = useState({ from: value.from, to: value.to, lang });
  if (shown.from !== value.from || shown.to !== value.to || shown.lang !== lang) {
    setShown({ from: value.from, to: value.to, lang });
    setFromText(formatDate(value.from, lang));
    setToText(formatDate(value.to, lang));
  }
  const from = toIso(fromText);
  const to = toIso(toText);
  const valid = from !== null && to !== null && from <= to;
  return (
    <div className="period">
      <label className="field">
        <span>{t(lang, 'period')}</span>
        <select
          data-testid="period-preset"
          value={current?.id ?? ''}
          onChange={(e) => {
            const p = presets.find((x) => x.id === e.target.value);
            if (p) onChange(p.period);
          }}
        >
          {!current && <option value="">{t(lang, 'customPeriod')}</option>}
          {GROUPS.map((g) => (
            <optgroup key={g.id} label={g[lang]}>
              {presets
                .filter((p) => p.group === g.id)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <form
        className="period-range"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to && from <= to) onChange({ from, to });
        }}
      >
        <label className="field">
          <span>{t(lang, 'from')}</span>
          <input data-testid="period-from" inputMode="numeric" placeholder="dd/mm/yyyy" size={10} aria-invalid={from === null} value={fromText} onChange={(e) => setFromText(e.target.value)} />
        </label>
        <label className="field">
          <span>{t(lang, 'to')}</span>
          <input data-testid="period-to" inputMode="numeric" placeholder="dd/mm/yyyy" size={10} aria-invalid={to === null} value={toText} onChange={(e) => setToText(e.target.value)} />
        </label>
        <button type="submit" data-testid="period-apply" disabled={!valid || (from === value.from && to === value.to)}>
          {t(lang, 'apply')}
        </button>
      </form>
    </div>
  );
}
