import { useState } from 'react';
import { grassrootsWithoutAdmission } from '../../indicators/cells';
import { formatCount } from '../../i18n/format';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';
import { grassrootsSentence, parentPath } from './cell-text';

const SHOWN = 30;

const TEXT = {
  vi: {
    title: 'Tổ chức cơ sở đảng không kết nạp được đảng viên',
    all: (n: string) => `Xem tất cả (${n})`,
    fewer: 'Thu gọn',
    none: 'Tất cả các tổ chức cơ sở đảng đều kết nạp được đảng viên trong kỳ.',
    noneAtAll: 'Không có tổ chức cơ sở đảng nào trong đơn vị này.',
  },
  en: {
    title: 'Grassroots organisations without admissions',
    all: (n: string) => `Show all (${n})`,
    fewer: 'Show fewer',
    none: 'Every grassroots organisation admitted members in the period.',
    noneAtAll: 'This unit has no grassroots party organisation.',
  },
} as const;

/** Tổ chức cơ sở đảng none of whose cells admitted in the period (Biểu 2), each a link down to it. */
export function GrassrootsSection({ ctx, filters, lang, drill }: ViewProps) {
  const s = TEXT[lang];
  const [all, setAll] = useState(false);
  const key = JSON.stringify(['grassroots', filters, ctx.loaded.dataDate, ctx.loaded.tree.units.size]);
  const { data, error } = useQuery(ctx, key, (ctx) => grassrootsWithoutAdmission(ctx, filters));
  const list = data ? (all ? data.without : data.without.slice(0, SHOWN)) : [];
  return (
    <section className="view-section" data-testid="grassroots">
      <h3>{s.title}</h3>
      {error && <p className="fatal">{error}</p>}
      {data && data.total === 0 && <p className="view-empty">{s.noneAtAll}</p>}
      {data && data.total > 0 && (
        <>
          <p className="sentence" data-testid="grassroots-sentence" data-without={data.without.length} data-total={data.total}>
            {grassrootsSentence(data.without.length, data.total, lang)}
            {data.without.length === 0 ? '.' : ':'}
          </p>
          {data.without.length === 0 && <p className="muted">{s.none}</p>}
          <ul className="unit-links">
            {list.map((u) => (
              <li key={u.unitId}>
                <button type="button" className="link" data-testid="grassroots-unit" data-id={u.unitId} onClick={() => drill(u.unitId)}>
                  {u.name}
                </button>
                <span className="muted"> — {parentPath(u.path)}</span>
              </li>
            ))}
          </ul>
          {data.without.length > SHOWN && (
            <button type="button" className="link" onClick={() => setAll(!all)}>
              {all ? s.fewer : s.all(formatCount(data.without.length, lang))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
