import type { PreparedParts } from './parts';
import type { TableName } from '../dataset/types';
import type { UnitTree } from './tree';

/** What the views know of the loaded dataset besides the tables themselves. */
export interface LoadedDataset {
  /** Distinguishes datasets loaded one after another (a query key includes it). */
  id: number;
  tree: UnitTree;
  /** Last date any event in the data carries: the date of the export, as far as we can tell. */
  dataDate: string | null;
  firstYear: number | null;
  /** Extra columns per table, kept as dimensions. */
  extraColumns: Partial<Record<TableName, string[]>>;
  /** Values of each extra column of units.csv (a filter offers them), at most 200 each. */
  unitDimValues: Record<string, string[]>;
  /** The header of each extra column of units.csv as the file wrote it ("Khu vực" for `khu_vuc`): its label, in both languages. */
  unitDimHeaders: Record<string, string>;
  /** The year spans of term targets (nhiệm kỳ), offered as period presets. */
  termSpans: [number, number][];
  /** A split prepared dataset: which of its files are attached (absent when every row is at hand). */
  parts?: PreparedParts;
}
