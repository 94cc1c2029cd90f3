import type { Engine } from '../engine/types';
import { createAdmissionYears } from './admission-years';
import { createAncestorTable } from './ancestors';
import { createCandidateSpan, createCandidateYears } from './candidate-years';
import { createFacts } from './facts';
import { createEventTree } from './events';
import { createMemberYears } from './member-years';

/** The steps of `buildWarehouse`, by the names the load's timings give them (the bench and the load report read them). */
export type WarehouseStep = 'tree' | 'facts' | 'member_years' | 'admission_candidate_years';

export interface WarehouseOptions {
  /** The extra columns of units.csv the facts carry as dimensions: validated identifiers (snake_case ASCII). */
  unitExtras: readonly string[];
  /** Called as each step ends, so that the caller can time it. */
  onStep?: (step: WarehouseStep) => void;
}

/**
 * Builds every derived table of a loaded schema, in the order they read one
 * another: `unit_ancestor`; the facts (`fact_admissions`, `fact_members`);
 * the member years (`member_year_range`, `member_year`, `member_flow` and
 * their `_tree` roll-ups); `admission_year_tree`, `candidate_year_tree`, `candidate_span` and
 * `event_tree`.
 * Nothing above this module writes a table.
 */
export async function buildWarehouse(engine: Engine, schema: string, opts: WarehouseOptions): Promise<void> {
  await createAncestorTable(engine, schema);
  opts.onStep?.('tree');
  await createFacts(engine, schema, opts.unitExtras);
  opts.onStep?.('facts');
  await createMemberYears(engine, schema);
  opts.onStep?.('member_years');
  await createAdmissionYears(engine, schema);
  await createCandidateYears(engine, schema);
  await createCandidateSpan(engine, schema);
  await createEventTree(engine, schema);
  opts.onStep?.('admission_candidate_years');
}
