import type { Lang } from '../vocab/lang';

export type Label = Record<Lang, string>;

export type Format = 'count' | 'percent' | 'number';

/** The families of indicators: the first part of an indicator's id in the registry (`admission.youth`). */
export type Family = 'kpi' | 'comparison' | 'progress' | 'admission' | 'member' | 'cell' | 'candidate' | 'yearly';

/** A cross-filter clause of one value: a dimension's id and the value kept. */
export interface CrossFilter {
  dim: string;
  value: string;
}

/** An indicator: what it means, how it reads, and how it is shown. Its SQL sits beside it. */
export interface IndicatorDef {
  family: Family;
  /** Unique within its family, and the key of its figure and its columns (`flags.youth`, `k_youth`). */
  id: string;
  label: Label;
  /** One sentence on how it is counted (shown in tooltips and the snapshot's definitions). */
  definition: Label;
  format: Format;
  /** The dimension value that selects exactly the rows it counts: what a click on its card filters by. */
  crossFilter?: CrossFilter;
}
