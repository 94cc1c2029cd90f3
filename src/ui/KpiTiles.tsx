import type { Lang } from '../dataset/types';
import { formatCount, formatPercent } from '../i18n/format';
import { t } from '../i18n/strings';
import type { Kpis } from '../indicators/kpis';
import { achievement, admissions, admissionsChange, members, previousMembers, target } from '../registry';
import { previousNote } from '../report/comparison-text';

interface TileProps {
  testId: string;
  label: string;
  title: string;
  value: number | null;
  shown: string;
  note?: string;
  /** The same figure for the same period a year earlier (`data-previous`), with its line. */
  previous?: { value: number; note: string; title: string };
}

function Tile({ testId, label, title, value, shown, note, previous }: TileProps) {
  return (
    <div className="kpi" data-testid={testId} data-value={value === null ? '' : String(value)} data-previous={previous ? String(previous.value) : undefined} title={title}>
      <div className="kpi-label">{label}</div>
      <div className={value === null ? 'kpi-value kpi-none' : 'kpi-value'}>{shown}</div>
      {note && <div className="kpi-note">{note}</div>}
      {previous && (
        <div className="kpi-note kpi-previous" title={previous.title}>
          {previous.note}
        </div>
      )}
    </div>
  );
}

/** A target as the offices write it: one number, or a range ("từ 500 đến 550"). */
export function targetText(target: number, targetMax: number | null, lang: Lang): string {
  return targetMax === null ? formatCount(target, lang) : t(lang, 'targetRange', { min: formatCount(target, lang), max: formatCount(targetMax, lang) });
}

/** The four headline figures; `data-value` carries the raw number for scripts (the automation contract). */
export function KpiTiles({ kpis, lang, filtered = false }: { kpis: Kpis; lang: Lang; filtered?: boolean }) {
  const noTarget = t(lang, 'noTarget');
  const p = kpis.previous;
  const targetShown = kpis.target === null ? noTarget : targetText(kpis.target, kpis.targetMax, lang);
  return (
    <section className="kpis" aria-label="KPI">
      <Tile
        testId="kpi-admissions"
        label={admissions.label[lang]}
        title={admissions.definition[lang]}
        value={kpis.admissions}
        shown={formatCount(kpis.admissions, lang)}
        previous={{ value: p.admissions, note: previousNote(p.admissions, p.admissionsChange, p.admissionsChangePct, p, lang), title: admissionsChange.definition[lang] }}
      />
      <Tile testId="kpi-target" label={target.label[lang]} title={target.definition[lang]} value={kpis.target} shown={targetShown} />
      <Tile
        testId="kpi-achievement"
        label={achievement.label[lang]}
        title={achievement.definition[lang]}
        value={kpis.achievementPct}
        shown={kpis.achievementPct === null ? '—' : formatPercent(kpis.achievementPct, lang)}
        note={kpis.achievementPct !== null ? t(lang, 'achievementOf') : filtered && kpis.target !== null ? t(lang, 'filteredNoAchievement') : noTarget}
      />
      <Tile
        testId="kpi-members"
        label={members.label[lang]}
        title={members.definition[lang]}
        value={kpis.members}
        shown={formatCount(kpis.members, lang)}
        previous={{ value: p.members, note: previousNote(p.members, null, null, p, lang), title: previousMembers.definition[lang] }}
      />
    </section>
  );
}
