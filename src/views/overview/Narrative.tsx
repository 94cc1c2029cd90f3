import { narrative } from '../../report/narrative';
import { narrativeInput } from '../../report/narrative-input';
import { viewKey } from '../common';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';

/** The report-style paragraph under the figures: the same two functions as `npm run report`. */
export function Narrative(p: ViewProps) {
  const { ctx, filters, lang, stagnantYears } = p;
  const input = useQuery(ctx, viewKey(p, stagnantYears), (ctx) => narrativeInput(ctx, filters, stagnantYears));
  if (!input.data) return null;
  return (
    <p className="narrative" data-testid="narrative">
      {narrative(input.data, lang)}
    </p>
  );
}
