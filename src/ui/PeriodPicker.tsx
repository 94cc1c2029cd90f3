import { useEffect, useState } from 'react';
import type { Lang } from '../dataset/types';
import { parseDate } from '../dataset/values';
import { formatDate } from '../i18n/format';
import { wholeYear, yearPeriod, type Period } from '../filters/period';
import { t } from '../i18n/strings';

interface Props {
  value: Period;
  firstYear: number;
  lastYear: number;
  lang: Lang;
  onChange: (p: Period) => void;
}

/** `dd/mm/yyyy` (day first, as the offices write it) or ISO -> ISO; null when not a real date. */
function toIso(text: string): string | null {
  const v = parseDate(text.trim());
  return typeof v === 'string' ? v : null;
}

/** A year, or a custom range of days. */
export function PeriodPicker({ value, firstYear, lastYear, lang, onChange }: Props) {
  const year = wholeYear(value);
  const [fromText, setFromText] = useState(formatDate(value.from, lang));
  const [toText, setToText] = useState(formatDate(value.to, lang));
  useEffect(() => {
    setFromText(formatDate(value.from, lang));
    setToText(formatDate(value.to, lang));
  }, [value.from, value.to, lang]);
  const from = toIso(fromText);
  const to = toIso(toText);
  const years: number[] = [];
  for (let y = lastYear; y >= firstYear; y--) years.push(y);
  const valid = from !== null && to !== null && from <= to;
  return (
    <div className="period">
      <label className="field">
        <span>{t(lang, 'year')}</span>
        <select
          data-testid="year-select"
          value={year ?? ''}
          onChange={(e) => e.target.value && onChange(yearPeriod(Number(e.target.value)))}
        >
          {year === null && <option value="">{t(lang, 'customPeriod')}</option>}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
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
          <input
            data-testid="period-from"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            size={10}
            aria-invalid={from === null}
            value={fromText}
            onChange={(e) => setFromText(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t(lang, 'to')}</span>
          <input
            data-testid="period-to"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            size={10}
            aria-invalid={to === null}
            value={toText}
            onChange={(e) => setToText(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!valid || (from === value.from && to === value.to)}>
          {t(lang, 'apply')}
        </button>
      </form>
    </div>
  );
}
