import { useMemo } from 'react';
import { barOption } from '../../charts/bar-option';
import { Chart } from '../../ui/Chart';
import { formatCount } from '../../i18n/format';
import { hasCandidates, pipeline } from '../../indicators/pipeline';
import { pipelineDef } from '../../registry';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';
import { pipelineInput, pipelineStages } from './cell-text';

/** The source pipeline (candidates.csv): shown only when the dataset has candidates. */
export function PipelineSection({ ctx, filters, lang }: ViewProps) {
  const key = JSON.stringify(['pipeline', filters, ctx.loaded.dataDate, ctx.loaded.tree.units.size]);
  const { data, error } = useQuery(ctx, key, async (ctx) => ((await hasCandidates(ctx)) ? pipeline(ctx, filters) : null));
  const title = pipelineDef.label[lang];
  const option = useMemo(() => (data ? barOption(pipelineInput(data, lang, title), lang) : null), [data, lang, title]);
  if (error) return <p className="fatal">{error}</p>;
  if (!data || !option) return null;
  const stages = pipelineStages(data, lang);
  return (
    <section className="view-section" data-testid="pipeline">
      <h3>{title}</h3>
      <p className="hint">{pipelineDef.definition[lang]}</p>
      <div className="pipeline-grid">
        <Chart option={option} height={Math.max(180, stages.length * 34 + 40)} title={title} lang={lang} testId="pipeline-chart" />
        <dl className="pipeline-numbers">
          {stages.map((st) => (
            <div key={st.key} data-testid={`pipeline-${st.key}`} data-value={st.value}>
              <dt>{st.label}</dt>
              <dd>{formatCount(st.value, lang)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
