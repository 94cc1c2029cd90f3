import type { Lang } from '../dataset/types';

export type Label = Record<Lang, string>;

export type Format = 'count' | 'percent' | 'number';

/** An indicator: what it means, how it reads, and how it is shown. Its SQL sits beside it. */
export interface IndicatorDef {
  id: string;
  label: Label;
  /** One sentence on how it is counted (shown in tooltips and the snapshot's definitions). */
  definition: Label;
  format: Format;
}
