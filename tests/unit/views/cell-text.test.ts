import { describe, expect, it } from 'vitest';
import { coverageSentence, grassrootsSentence, lastAdmissionText, lowerFirst, parentPath, pipelineInput, pipelineStages, stagnantSentence, stagnantSort } from '../../../src/views/cells/cell-text';

describe('Chi bộ sentences', () => {
  it('write coverage as the reports do, with the type in lower case', () => {
    expect(coverageSentence({ type: 'thon_to_dan_pho', cells: 243, withAdmission: 118, admissions: 134 }, 'vi')).toBe(
      '134 đảng viên được kết nạp ở 118/243 chi bộ thôn, tổ dân phố',
    );
    expect(coverageSentence({ type: 'truong_thpt', cells: 1426, withAdmission: 595, admissions: 1641 }, 'vi')).toBe(
      '1.641 đảng viên được kết nạp ở 595/1.426 chi bộ trường THPT',
    );
    expect(coverageSentence({ type: null, cells: 2, withAdmission: 0, admissions: 0 }, 'vi')).toBe('0 đảng viên được kết nạp ở 0/2 chi bộ chưa phân loại');
    expect(coverageSentence({ type: 'co_quan', cells: 1426, withAdmission: 5, admissions: 6 }, 'en')).toBe('6 members admitted in 5 of 1,426 party cells (state agency)');
    expect(lowerFirst('Trường THPT')).toBe('trường THPT');
  });

  it('name the window of "N years without admissions" without grouping the years', () => {
    expect(stagnantSentence(3, { from: 2023, to: 2025 }, 'vi')).toBe('Chi bộ không kết nạp được đảng viên trong 3 năm (từ 2023 đến 2025)');
    expect(stagnantSentence(1, { from: 2025, to: 2025 }, 'vi')).toBe('Chi bộ không kết nạp được đảng viên trong 1 năm (năm 2025)');
    expect(stagnantSentence(1, { from: 2025, to: 2025 }, 'en')).toBe('Party cells without any admission in 1 year (2025)');
    expect(grassrootsSentence(12, 1180, 'vi')).toBe('12/1.180 tổ chức cơ sở đảng không kết nạp được đảng viên trong kỳ');
    expect(lastAdmissionText(null, 'vi')).toBe('chưa có trong dữ liệu');
    expect(lastAdmissionText(2019, 'vi')).toBeNull();
    expect(parentPath(['Tỉnh', 'Huyện', 'Xã', 'Chi bộ'])).toBe('Tỉnh › Huyện › Xã');
  });

  it('maps a header sort to the DuckDB sort, last admission year ascending by default', () => {
    expect(stagnantSort([])).toEqual({ sort: 'last_admission_year', desc: false });
    expect(stagnantSort([{ id: 'aged61', desc: true }])).toEqual({ sort: 'aged_61_plus', desc: true });
    expect(stagnantSort([{ id: 'path', desc: true }])).toEqual({ sort: 'last_admission_year', desc: false });
  });

  it('lists the pipeline stages in order, the education drop-out by its report name', () => {
    const p = { listed: 10, classCompleted: 8, admitted: 5, dropped: 3, dropReasons: [{ reason: 'hoc_van', count: 2 }, { reason: null, count: 1 }], inPipelineAtEnd: 4 };
    expect(pipelineStages(p, 'vi').map((s) => [s.label, s.value])).toEqual([
      ['Vào danh sách nguồn', 10],
      ['Hoàn thành lớp bồi dưỡng nhận thức về Đảng', 8],
      ['Được kết nạp', 5],
      ['Rời nguồn: Chưa đủ điều kiện học vấn', 2],
      ['Rời nguồn: không rõ lý do', 1],
      ['Còn trong nguồn cuối kỳ', 4],
    ]);
    const input = pipelineInput(p, 'vi', 'Nguồn kết nạp');
    expect(input.series[0].values).toEqual([10, 8, 5, 2, 1, 4]);
    expect(input.horizontal).toBe(true);
  });
});
