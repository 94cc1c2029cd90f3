import { DATA_DATE, type Day, dayOf, FIRST_DAY, REORG_FIRST_DAY, REORG_LAST_DAY } from './dates';
import {
  COLLEGE_UNITS, COMMUNE_OFFICES, FACTORY_UNITS, HOSPITAL_WARDS, MILITARY_TEAMS, NameScope,
  POLICE_TEAMS, THPT_GROUPS,
} from './names';
import type { Random } from './random';

export type CellType =
  | 'thon_to_dan_pho' | 'truong_hoc' | 'truong_thpt' | 'co_quan' | 'don_vi_su_nghiep'
  | 'doanh_nghiep_nha_nuoc' | 'doanh_nghiep_ngoai_nha_nuoc' | 'cong_an' | 'quan_su' | 'khac';
export type Area = 'dong_bang' | 'trung_du' | 'mien_nui';

/** The extra column of units.csv as an office writes it: its header and a value per area code. */
export const AREA_HEADER = 'Khu vực';
export const AREA_NAMES: Readonly<Record<Area, string>> = { dong_bang: 'Đồng bằng', trung_du: 'Trung du', mien_nui: 'Miền núi' };

/** One row of units.csv. */
export interface UnitRow {
  id: string;
  parentId: string;
  name: string;
  kind: 'dang_bo' | 'chi_bo';
  type: CellType | '';
  activeFrom: Day | null;
  activeTo: Day | null;
  successorId: string;
  area: Area | '';
}

export interface District {
  index: number;
  unit: UnitRow;
  area: Area;
  urban: boolean;
  /** Minority peoples living there, with relative weights. */
  minorities: readonly (readonly [string, number])[];
  minorityShare: number;
  catholicShare: number;
  caoDaiShare: number;
  /** Residential cells still active at the data date: where retirees end up. */
  residentialCells: Cell[];
}

export interface Commune {
  unit: UnitRow;
  district: District;
  ward: boolean;
  cells: Cell[];
}

/** A chi bộ with what the generator needs to populate it. */
export interface Cell {
  unit: UnitRow;
  type: CellType;
  district: District;
  commune: Commune | null;
  /** Expected admissions a year at an average year's intensity. */
  rate: number;
  /** Relative size of its pre-2016 membership. */
  size: number;
  urban: boolean;
  /** An ageing upland village (thôn, bản) with few young people left. */
  ageing: boolean;
  college: boolean;
  successor: Cell | null;
  /** Active range clipped to the data window. */
  from: Day;
  to: Day;
}

export interface Province {
  root: UnitRow;
  name: string;
  units: UnitRow[];
  cells: Cell[];
  districts: District[];
  communes: Commune[];
  newCommunes: { unit: UnitRow; merged: Commune[] }[];
}

const DISTRICT_PLAN: readonly { kind: 'thanh_pho' | 'thi_xa' | 'huyen'; area: Area }[] = [
  { kind: 'thanh_pho', area: 'dong_bang' },
  { kind: 'huyen', area: 'mien_nui' },
  { kind: 'thi_xa', area: 'trung_du' },
  { kind: 'huyen', area: 'dong_bang' },
  { kind: 'huyen', area: 'mien_nui' },
  { kind: 'huyen', area: 'trung_du' },
  { kind: 'huyen', area: 'dong_bang' },
  { kind: 'huyen', area: 'mien_nui' },
  { kind: 'huyen', area: 'trung_du' },
  { kind: 'huyen', area: 'mien_nui' },
];
const DISTRICT_LABEL = { thanh_pho: 'thành phố', thi_xa: 'thị xã', huyen: 'huyện' } as const;

const UPLAND_PEOPLES: readonly (readonly (readonly [string, number])[])[] = [
  [['Mường', 6], ['Thái', 3], ['Dao', 1]],
  [['Tày', 5], ['Nùng', 3], ["H'Mông", 3], ['Dao', 2]],
  [['Thái', 5], ["H'Mông", 4], ['Mường', 2]],
  [['Mường', 4], ['Tày', 3], ['Dao', 2], ["H'Mông", 1]],
];
const MIDLAND_PEOPLES = [['Mường', 3], ['Tày', 2], ['Dao', 1], ['Nùng', 1]] as const;
const LOWLAND_PEOPLES = [['Mường', 2], ['Tày', 1], ['Khmer', 1]] as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function firstOfMonthBetween(rng: Random, fromYear: number, toYear: number): Day {
  return dayOf(rng.int(fromYear, toYear), rng.int(1, 12), 1);
}

function lastOfMonthBetween(rng: Random, fromYear: number, toYear: number): Day {
  return firstOfMonthBetween(rng, fromYear, toYear) - 1;
}

/** Builds one province's unit tree, including the 2025 reorganisation. */
export function buildProvince(
  rng: Random,
  spec: { code: string; name: string; parentId: string; members: number },
): Province {
  const scale = spec.members / 80_000;
  const nDistricts = scale >= 0.85 ? rng.int(8, 10) : Math.min(10, Math.max(2, Math.round(9 * scale)));
  const perDistrict = (scale * 9) / nDistricts;
  const sized = (n: number, min = 1) => Math.max(min, rng.round(n * perDistrict));

  const units: UnitRow[] = [];
  const cells: Cell[] = [];
  const communes: Commune[] = [];
  const districts: District[] = [];
  const names = new NameScope(rng);
  names.take(spec.name);

  const root: UnitRow = {
    id: spec.code, parentId: spec.parentId, name: `Đảng bộ tỉnh ${spec.name}`, kind: 'dang_bo',
    type: '', activeFrom: null, activeTo: null, successorId: '', area: '',
  };
  units.push(root);

  const committee = (id: string, parentId: string, name: string, area: Area, from: Day | null = null): UnitRow => {
    const u: UnitRow = {
      id, parentId, name, kind: 'dang_bo', type: '', activeFrom: from, activeTo: null, successorId: '', area,
    };
    units.push(u);
    return u;
  };

  for (let di = 0; di < nDistricts; di++) {
    const plan = DISTRICT_PLAN[di];
    const dName = plan.kind === 'thanh_pho' ? spec.name : names.lowland();
    const dLabel = `${DISTRICT_LABEL[plan.kind]} ${dName}`;
    const dUnit = committee(`${spec.code}.H${pad(di + 1, 2)}`, root.id, `Đảng bộ ${dLabel}`, plan.area);
    dUnit.activeTo = REORG_LAST_DAY;
    dUnit.successorId = root.id;
    const district: District = {
      index: di,
      unit: dUnit,
      area: plan.area,
      urban: plan.kind === 'thanh_pho',
      minorities:
        plan.area === 'mien_nui' ? rng.pick(UPLAND_PEOPLES) : plan.area === 'trung_du' ? MIDLAND_PEOPLES : LOWLAND_PEOPLES,
      minorityShare: plan.area === 'mien_nui' ? rng.uniform(0.28, 0.42) : plan.area === 'trung_du' ? 0.07 : 0.01,
      catholicShare: plan.area === 'dong_bang' && rng.chance(0.6) ? rng.uniform(0.03, 0.07) : 0.01,
      caoDaiShare: rng.chance(0.2) ? 0.006 : 0.0005,
      residentialCells: [],
    };
    districts.push(district);

    const cellSeq = new Map<string, number>();
    const addCell = (
      parent: UnitRow, name: string, type: CellType, rate: number, size: number,
      extra: Partial<Pick<Cell, 'ageing' | 'college' | 'urban'>> = {}, commune: Commune | null = null,
    ): Cell => {
      const n = (cellSeq.get(parent.id) ?? 0) + 1;
      cellSeq.set(parent.id, n);
      const unit: UnitRow = {
        id: `${parent.id}.C${pad(n, 3)}`, parentId: parent.id, name, kind: 'chi_bo', type,
        activeFrom: null, activeTo: null, successorId: '', area: plan.area,
      };
      units.push(unit);
      const cell: Cell = {
        unit, type, district, commune, rate, size, urban: extra.urban ?? district.urban,
        ageing: extra.ageing ?? false, college: extra.college ?? false, successor: null,
        from: FIRST_DAY, to: DATA_DATE,
      };
      cells.push(cell);
      commune?.cells.push(cell);
      return cell;
    };

    // Communes, wards and towns (xã, phường, thị trấn).
    const base = plan.area === 'mien_nui' && plan.kind === 'huyen' ? 12 : 10;
    const nCommunes = Math.max(2, rng.round(base * perDistrict));
    const villageScale = Math.min(1, (base * perDistrict) / nCommunes);
    const nWards =
      plan.kind === 'thanh_pho' ? Math.ceil(nCommunes * 0.75) : plan.kind === 'thi_xa' ? Math.round(nCommunes * 0.45) : 0;
    for (let ci = 0; ci < nCommunes; ci++) {
      const kind = ci < nWards ? 'phường' : plan.kind === 'huyen' && ci === 0 ? 'thị trấn' : 'xã';
      const upland = plan.area === 'mien_nui' && kind === 'xã';
      const cName = upland && rng.chance(0.5) ? names.upland() : names.lowland();
      const cLabel = `${kind} ${cName}`;
      const cUnit = committee(`${dUnit.id}.X${pad(ci + 1, 2)}`, dUnit.id, `Đảng bộ ${cLabel}`, plan.area);
      const urban = kind !== 'xã';
      const commune: Commune = { unit: cUnit, district, ward: kind === 'phường', cells: [] };
      communes.push(commune);

      const [lo, hi] = upland ? [12, 22] : kind === 'phường' ? [10, 18] : [11, 18];
      const nVillages = Math.max(2, Math.round(rng.int(lo, hi) * villageScale));
      const ageingChance =
        kind === 'phường' ? 0 : kind === 'thị trấn' ? 0.05 : plan.area === 'mien_nui' ? 0.55 : plan.area === 'trung_du' ? 0.25 : 0.1;
      const baseSize = kind === 'phường' ? 26 : kind === 'thị trấn' ? 28 : plan.area === 'mien_nui' ? 24 : plan.area === 'trung_du' ? 30 : 34;
      const villageNames = new NameScope(rng);
      const numbered = urban ? rng.pick(urban && kind === 'phường' ? ['khu phố', 'tổ dân phố'] : ['tổ dân phố', 'khu']) : '';
      const villages: Cell[] = [];
      for (let vi = 0; vi < nVillages; vi++) {
        let name: string;
        if (urban) name = `Chi bộ ${numbered} ${vi + 1}`;
        else if (upland) name = `Chi bộ ${rng.chance(0.6) ? 'bản' : 'thôn'} ${villageNames.upland()}`;
        else name = rng.chance(0.2) ? `Chi bộ thôn ${vi + 1}` : `Chi bộ thôn ${villageNames.lowland()}`;
        const ageing = rng.chance(ageingChance);
        // Some ageing villages have had no young candidate for a decade or more.
        const rate = ageing ? (rng.chance(0.2) ? 0 : 0.25 * rng.spread(0.3)) : (urban ? 0.55 : 0.5) * rng.spread(0.35);
        villages.push(
          addCell(cUnit, name, 'thon_to_dan_pho', rate, baseSize * rng.spread(0.3) * (ageing ? 1.1 : 1), { ageing, urban }, commune),
        );
      }
      // Villages merged into a neighbour (the 2019-2020 thôn merger).
      if (villages.length >= 6) {
        for (const v of villages) {
          if (!rng.chance(0.06)) continue;
          const keep = villages.filter((o) => o !== v && o.unit.activeTo === null);
          if (keep.length === 0) continue;
          const target = rng.pick(keep);
          v.unit.activeTo = lastOfMonthBetween(rng, 2019, 2020);
          v.unit.successorId = target.unit.id;
          v.successor = target;
        }
      }

      const schools = upland && rng.chance(0.6)
        ? ['Trường Mầm non', 'Trường Tiểu học và THCS']
        : ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường Tiểu học số 2'].slice(0, rng.int(2, 4));
      const schoolCells = schools.map((s) =>
        addCell(cUnit, `Chi bộ ${s} ${cName}`, 'truong_hoc', 0.3 * rng.spread(0.4), 16 * rng.spread(0.3), {}, commune));
      if (schoolCells.length >= 2 && rng.chance(0.08)) {
        const [gone, into] = [schoolCells[0], schoolCells[1]];
        gone.unit.activeTo = lastOfMonthBetween(rng, 2018, 2021);
        gone.unit.successorId = into.unit.id;
        gone.successor = into;
      }
      const offices = rng.chance(0.4) ? ['Cơ quan Đảng - Đoàn thể', 'Cơ quan Chính quyền'] : ['Cơ quan'];
      for (const o of offices) {
        addCell(cUnit, `Chi bộ ${o} ${cLabel}`, 'co_quan', 0.45 * rng.spread(0.3), 14 * rng.spread(0.3), {}, commune);
      }
      if (kind === 'phường' || rng.chance(0.75)) {
        const police = addCell(cUnit, `Chi bộ Công an ${cLabel}`, 'cong_an', 0.7 * rng.spread(0.3), 7, {}, commune);
        // Regular police reached the communes in 2019-2021; wards had them before.
        if (kind !== 'phường') police.unit.activeFrom = firstOfMonthBetween(rng, 2019, 2021);
      }
      if (rng.chance(0.4)) addCell(cUnit, `Chi bộ Quân sự ${cLabel}`, 'quan_su', 0.8 * rng.spread(0.3), 8, {}, commune);
      if (rng.chance(0.35)) addCell(cUnit, `Chi bộ Trạm Y tế ${cLabel}`, 'don_vi_su_nghiep', 0.5 * rng.spread(0.3), 6, {}, commune);
      const firmChance = kind === 'phường' ? 0.6 : plan.area === 'dong_bang' ? 0.5 : plan.area === 'trung_du' ? 0.3 : 0.1;
      if (rng.chance(firmChance)) {
        const firm = addCell(
          cUnit, `Chi bộ Công ty ${rng.pick(['TNHH', 'cổ phần'])} ${names.lowland()}`, 'doanh_nghiep_ngoai_nha_nuoc',
          1.2 * rng.spread(0.4), 11 * rng.spread(0.3), {}, commune,
        );
        if (rng.chance(0.4)) firm.unit.activeFrom = firstOfMonthBetween(rng, 2017, 2023);
        else if (rng.chance(0.12)) firm.unit.activeTo = lastOfMonthBetween(rng, 2020, 2024);
      }
      if (rng.chance(0.18)) {
        const what = rng.pick(['Hợp tác xã Nông nghiệp', 'Quỹ tín dụng nhân dân']);
        addCell(cUnit, `Chi bộ ${what} ${cName}`, 'khac', 0.5 * rng.spread(0.3), 10, {}, commune);
      }
    }

    // Grassroots committees that are not communes, and chi bộ cơ sở under the district.
    let dSeq = 0;
    const nextCommitteeId = () => `${dUnit.id}.D${pad(++dSeq, 2)}`;
    const withCells = (
      name: string, cellNames: readonly string[], count: number, type: CellType, rate: number, size: number,
      extra: Partial<Pick<Cell, 'college'>> = {},
    ): Cell[] => {
      const parent = committee(nextCommitteeId(), dUnit.id, name, plan.area);
      const out: Cell[] = [];
      for (let i = 0; i < count; i++) {
        const label = i < cellNames.length ? cellNames[i] : `${cellNames[i % cellNames.length]} ${Math.floor(i / cellNames.length) + 1}`;
        out.push(addCell(parent, `Chi bộ ${label}`, type, rate * rng.spread(0.3), size * rng.spread(0.3), extra));
      }
      return out;
    };
    withCells(`Đảng bộ Cơ quan Chính quyền ${dLabel}`, rng.shuffle([...COMMUNE_OFFICES]), sized(rng.int(7, 11)), 'co_quan', 0.45, 14);
    withCells(`Đảng bộ Công an ${dLabel}`, POLICE_TEAMS, sized(rng.int(4, 6)), 'cong_an', 1.2, 16);
    withCells(`Đảng bộ Quân sự ${dLabel}`, MILITARY_TEAMS, sized(rng.int(3, 4)), 'quan_su', 1.2, 12);
    withCells(
      plan.kind === 'huyen' ? `Đảng bộ Trung tâm Y tế ${dLabel}` : `Đảng bộ Bệnh viện Đa khoa ${dLabel}`,
      HOSPITAL_WARDS, sized(rng.int(4, 7)), 'don_vi_su_nghiep', 1.0, 22,
    );
    const nFirms = rng.round(perDistrict * (plan.area === 'dong_bang' ? 1.5 : plan.area === 'trung_du' ? 1 : 0.6));
    for (let f = 0; f < nFirms; f++) {
      const state = plan.area === 'mien_nui' ? rng.chance(0.6) : rng.chance(0.3);
      const name = state
        ? `Đảng bộ Công ty TNHH MTV ${plan.area === 'mien_nui' ? 'Lâm nghiệp' : 'Khai thác công trình thủy lợi'} ${names.lowland()}`
        : `Đảng bộ Công ty ${rng.pick(['cổ phần May', 'TNHH', 'cổ phần Xi măng', 'TNHH Điện tử'])} ${names.lowland()}`;
      const firmCells = withCells(
        name, FACTORY_UNITS, Math.max(2, rng.round(rng.int(3, 6) * Math.min(1, perDistrict))),
        state ? 'doanh_nghiep_nha_nuoc' : 'doanh_nghiep_ngoai_nha_nuoc', state ? 0.9 : 1.1, state ? 16 : 10,
      );
      if (!state && rng.chance(0.3)) {
        const from = firstOfMonthBetween(rng, 2017, 2021);
        units.find((u) => u.id === firmCells[0].unit.parentId)!.activeFrom = from;
        for (const c of firmCells) c.unit.activeFrom = from;
      }
    }
    if (rng.chance(0.8 * Math.min(1, perDistrict))) {
      withCells(`Đảng bộ Trường THPT ${names.lowland()}`, THPT_GROUPS, rng.int(3, 4), 'truong_thpt', 1.8, 11);
    }
    if (plan.kind === 'thanh_pho' && perDistrict >= 0.3) {
      withCells(`Đảng bộ Trường Cao đẳng ${spec.name}`, COLLEGE_UNITS, 4, 'truong_hoc', 4, 12, { college: true });
    }
    const direct: [string, CellType, number, number][] = rng.shuffle([
      [`Chi cục Thuế khu vực ${dName}`, 'co_quan', 0.4, 12],
      [`Viện Kiểm sát nhân dân ${dLabel}`, 'co_quan', 0.4, 10],
      [`Tòa án nhân dân ${dLabel}`, 'co_quan', 0.4, 10],
      [`Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh ${dLabel}`, 'doanh_nghiep_nha_nuoc', 0.6, 14],
      [`Phòng giao dịch Ngân hàng Chính sách xã hội ${dLabel}`, 'khac', 0.4, 8],
      [`Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên ${dLabel}`, 'don_vi_su_nghiep', 0.5, 12],
      [`Công ty cổ phần ${names.lowland()}`, 'doanh_nghiep_ngoai_nha_nuoc', 1.0, 9],
      [`Điện lực ${dName}`, 'doanh_nghiep_nha_nuoc', 0.6, 15],
    ]);
    direct.unshift([`Trường THPT ${names.lowland()}`, 'truong_thpt', 2.0, 14]);
    if (rng.chance(0.5)) direct.splice(1, 0, [`Trường THPT ${names.lowland()}`, 'truong_thpt', 2.0, 14]);
    const nDirect = Math.min(direct.length, sized(rng.int(3, 5)));
    for (const [label, type, rate, size] of direct.slice(0, nDirect)) {
      addCell(dUnit, `Chi bộ ${label}`, type, rate * rng.spread(0.3), size * rng.spread(0.3));
    }
  }

  // The 2025 reorganisation: communes merged 2-3 into one, directly under the province.
  const newCommunes: Province['newCommunes'] = [];
  const groups: Commune[][] = [];
  for (const d of districts) {
    const mine = communes.filter((c) => c.district === d);
    let i = 0;
    while (i < mine.length) {
      const size = rng.chance(0.4) ? 2 : 3;
      const group = mine.slice(i, i + size);
      i += size;
      if (group.length === 1 && groups.length > 0 && groups[groups.length - 1][0].district === d) {
        groups[groups.length - 1].push(group[0]);
      } else groups.push(group);
    }
  }
  const width = Math.max(2, String(groups.length).length);
  groups.forEach((group, gi) => {
    const wards = group.filter((c) => c.ward || c.unit.name.includes('thị trấn')).length;
    const kind = wards * 2 > group.length ? 'phường' : 'xã';
    const first = group[0].unit.name.replace(/^Đảng bộ (xã|phường|thị trấn) /, '');
    const name = rng.chance(0.5) ? first : names.lowland();
    const unit = committee(`${spec.code}.XM${pad(gi + 1, width)}`, root.id, `Đảng bộ ${kind} ${name}`, group[0].district.area, REORG_FIRST_DAY);
    for (const c of group) {
      c.unit.activeTo = REORG_LAST_DAY;
      c.unit.successorId = unit.id;
    }
    newCommunes.push({ unit, merged: group });
  });

  for (const c of cells) {
    c.from = c.unit.activeFrom === null ? FIRST_DAY : Math.max(FIRST_DAY, c.unit.activeFrom);
    c.to = c.unit.activeTo === null ? DATA_DATE : Math.min(DATA_DATE, c.unit.activeTo);
    if (c.type === 'thon_to_dan_pho' && c.unit.activeTo === null) c.district.residentialCells.push(c);
  }
  for (const u of units) u.name = u.name.normalize('NFC');
  return { root, name: spec.name, units, cells, districts, communes, newCommunes };
}
