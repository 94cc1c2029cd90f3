import type { ViewProps } from '../types';
import { CoverageSection } from './CoverageSection';
import { GrassrootsSection } from './GrassrootsSection';
import { PipelineSection } from './PipelineSection';
import { StagnantSection } from './StagnantSection';
import '../tables.css';

const TITLE = { vi: (n: string) => `Chi bộ của ${n}`, en: (n: string) => `Party cells of ${n}` } as const;

/** Chi bộ: coverage per cell type, cells without admissions for N years, grassroots committees without any, and the source pipeline. */
export function CellsView(props: ViewProps) {
  const name = props.ctx.loaded.tree.units.get(props.filters.unitId)?.name ?? props.filters.unitId;
  return (
    <section className="view cells-view" data-testid="cells-view">
      <h2>{TITLE[props.lang](name)}</h2>
      <CoverageSection {...props} />
      <StagnantSection {...props} />
      <GrassrootsSection {...props} />
      <PipelineSection {...props} />
    </section>
  );
}
