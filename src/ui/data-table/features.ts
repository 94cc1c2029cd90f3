import {
  aggregationFn_sum,
  columnFilteringFeature,
  columnGroupingFeature,
  constructFilterFn,
  constructSortFn,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  rowAggregationFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { atLeast, parseMin, textMatches } from './columns';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order ("Đ" after "D", "Xã 10" after "Xã 9"). */
export const sortFn_vi = constructSortFn({ sort: (a, b) => collator.compare(String(a ?? ''), String(b ?? '')) });

/** Text contains, ignoring case and diacritics. */
export const filterFn_folded = constructFilterFn({
  filter: (value, query) => textMatches(value ?? null, String(query ?? '')),
  autoRemove: (query) => !String(query ?? '').trim(),
});

/** Numeric minimum typed as text ("50,5"). */
export const filterFn_atLeast = constructFilterFn({
  filter: (value, min) => atLeast(typeof value === 'number' ? value : null, parseMin(String(min ?? ''))),
  autoRemove: (min) => parseMin(String(min ?? '')) === null,
});

/** The features every {@link DataTable} uses, declared once (TanStack Table v9). */
export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  columnGroupingFeature,
  rowAggregationFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  groupedRowModel: createGroupedRowModel(),
  sortFns: { basic: sortFn_basic, vi: sortFn_vi },
  filterFns: { folded: filterFn_folded, atLeast: filterFn_atLeast },
  aggregationFns: { sum: aggregationFn_sum },
});

export type Features = typeof features;
