import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../../src/indicators/dimensions';
import { ADMISSION_FLAGS, indicator, indicatorId, MEMBER_INDICATORS, REGISTRY } from '../../../src/registry';

describe('the indicator registry', () => {
  it('gives every indicator an id of its own', () => {
    const ids = REGISTRY.map(indicatorId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('admission.youth');
    expect(ids).toContain('member.women');
    expect(ids).toContain('kpi.admissions');
  });

  it('finds an indicator by its id, and refuses an unknown one', () => {
    expect(indicator('kpi.achievement').label.vi).toBe('Đạt chỉ tiêu');
    expect(indicator('member.ethnic_minority')).toBe(MEMBER_INDICATORS.find((d) => d.id === 'ethnic_minority'));
    expect(() => indicator('admission.nobody')).toThrow('admission.nobody');
  });

  it('cross-filters by a value that a dimension of the same fact offers', () => {
    for (const [defs, fact] of [[ADMISSION_FLAGS, 'admissions'], [MEMBER_INDICATORS, 'members']] as const) {
      for (const d of defs.filter((x) => x.crossFilter)) {
        const dim = DIMENSIONS.find((x) => x.id === d.crossFilter!.dim);
        expect(dim?.expr[fact], indicatorId(d)).toBeDefined();
        expect(dim?.values, indicatorId(d)).toContain(d.crossFilter!.value);
      }
    }
  });

  it('keeps the cross-filters the cards set', () => {
    const filters = (defs: readonly { id: string; crossFilter?: { dim: string; value: string } }[]) =>
      Object.fromEntries(defs.filter((d) => d.crossFilter).map((d) => [d.id, `${d.crossFilter!.dim}:${d.crossFilter!.value}`]));
    expect(filters(ADMISSION_FLAGS)).toEqual({
      youth: 'age_band:18-30',
      women: 'sex:nu',
      ethnic_minority: 'ethnic:dtts',
      religious: 'religious:co',
      private_enterprise: 'cell_type:doanh_nghiep_ngoai_nha_nuoc',
      high_school: 'occupation:hoc_sinh',
      university_student: 'occupation:sinh_vien',
      business_owner: 'occupation:chu_doanh_nghiep',
    });
    expect(filters(MEMBER_INDICATORS)).toEqual({ women: 'sex:nu', ethnic_minority: 'ethnic:dtts', religious: 'religious:co' });
  });
});
