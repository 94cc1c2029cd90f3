import { ADMISSION_FLAGS } from './admission-flags';
import { coverageDef, stagnantDef } from './cells';
import { COMPARISON_INDICATORS } from './comparison';
import { KPI_INDICATORS } from './kpis';
import { MEMBER_INDICATORS } from './member-indicators';
import { pipelineDef } from './pipeline';
import { PROGRESS_INDICATORS } from './progress';
import type { IndicatorDef } from './types';
import { admissionRate } from './yearly';

export * from './admission-flags';
export * from './age-bands';
export * from './cells';
export * from './code-columns';
export * from './comparison';
export * from './fact-columns';
export * from './kpis';
export * from './member-indicators';
export * from './pipeline';
export * from './progress';
export * from './types';
export * from './year-columns';
export * from './yearly';

/** Every indicator the dashboard shows, each defined once (docs/indicators.md), in the order the snapshot lists them. */
export const REGISTRY: readonly IndicatorDef[] = [...KPI_INDICATORS, ...COMPARISON_INDICATORS, ...PROGRESS_INDICATORS, ...ADMISSION_FLAGS, admissionRate, ...MEMBER_INDICATORS, coverageDef, stagnantDef, pipelineDef];

/** An indicator's id in the registry: its family and its id there (`admission.youth`, `kpi.members`). */
export const indicatorId = (d: Pick<IndicatorDef, 'family' | 'id'>): string => `${d.family}.${d.id}`;

const byId = new Map(REGISTRY.map((d) => [indicatorId(d), d]));

/** The indicator of a registry id (see {@link indicatorId}); an unknown id is a mistake in the code, so it throws. */
export function indicator(id: string): IndicatorDef {
  const d = byId.get(id);
  if (!d) throw new Error(`no indicator ${id}`);
  return d;
}
