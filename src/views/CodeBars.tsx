import { Chart } from '../ui/Chart';
import { barOption } from '../charts/bar-option';
import { codeLabel } from '../dataset/codes';
import type { Breakdown } from '../indicators/breakdown';
import type { ViewProps } from './types';

const TEXT = { vi: { count: 'Số người', unknown: 'Không rõ' }, en: { count: 'People', unknown: 'Unknown' } };

/** Counts per code (education, qualification, occupation, …) as bars; a click cross-filters by that code. */
export function CodeBars({ b, title, dim, testId, p }: { b: Breakdown; title: string; dim: string; testId: string; p: ViewProps }) {
  const { lang } = p;
  const l = TEXT[lang];
  return (
    <Chart
      testId={testId}
      title={title}
      lang={lang}
      height={Math.max(200, b.counts.length * 30 + 60)}
      option={barOption(
        {
          categories: b.counts.map((r) => (r.code === null ? l.unknown : codeLabel(b.list, r.code, lang))),
          keys: b.counts.map((r) => r.code ?? ''),
          series: [{ name: l.count, values: b.counts.map((r) => r.count) }],
          horizontal: true,
        },
        lang,
      )}
      onClick={(c) => {
        const code = b.counts[c.dataIndex]?.code;
        if (code) p.toggle(dim, code);
      }}
    />
  );
}
