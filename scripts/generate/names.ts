import type { Random } from './random';

/** Syllables of invented lowland place names (Hán-Việt, as most commune names are). */
const FIRST = [
  'An', 'Bình', 'Hòa', 'Tân', 'Phú', 'Thanh', 'Quang', 'Hưng', 'Đông', 'Tây', 'Nam', 'Trung',
  'Vĩnh', 'Phúc', 'Thịnh', 'Hợp', 'Đồng', 'Xuân', 'Minh', 'Tiến', 'Thuận', 'Long', 'Hải', 'Sơn',
  'Lâm', 'Cẩm', 'Kim', 'Ngọc', 'Yên', 'Mỹ', 'Hồng', 'Lạc', 'Nghĩa', 'Đức', 'Tường', 'Quý', 'Gia',
  'Văn', 'Liên', 'Hoàng', 'Phượng', 'Cao', 'Thượng', 'Tam', 'Bảo', 'Khánh', 'Thạch', 'Vạn',
] as const;
const SECOND = [
  'Lợi', 'Thành', 'Phong', 'Tiến', 'Lập', 'Hòa', 'An', 'Phú', 'Hưng', 'Thịnh', 'Sơn', 'Lâm', 'Hà',
  'Giang', 'Xuân', 'Thủy', 'Bình', 'Lộc', 'Khê', 'Trung', 'Mỹ', 'Quang', 'Châu', 'Nguyên', 'Dương',
  'Điền', 'Cường', 'Vinh', 'Tân', 'Đạt', 'Hiệp', 'Nghĩa', 'Phước', 'Kiều', 'Tú', 'Linh', 'Hải',
  'Đình', 'Minh', 'Tiên', 'Thái', 'Yên',
] as const;
/** Syllables of invented upland names (Tày, Thái, Mông place names). */
const UPLAND_FIRST = [
  'Nà', 'Pác', 'Khuổi', 'Phiêng', 'Cốc', 'Bó', 'Nặm', 'Huổi', 'Co', 'Lũng', 'Tà', 'Sán', 'Pù',
  'Keo', 'Mường', 'Hua', 'Phai', 'Thẩm', 'Khau', 'Lùng',
] as const;
const UPLAND_SECOND = [
  'Lừa', 'Ngòi', 'Tát', 'Cắm', 'Khoang', 'Luông', 'Pục', 'Mòn', 'Sáng', 'Phầy', 'Lếch', 'Chang',
  'Pheo', 'Đon', 'Tạo', 'Mạ', 'Giàng', 'Chải', 'Xá', 'Nưa', 'Vài', 'Cọ', 'Hán', 'Sản',
] as const;

/** Real provinces (before and after 2025) that an invented name must not copy. */
const REAL_PROVINCES = new Set([
  'An Giang', 'Bắc Giang', 'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Hà Giang',
  'Hải Dương', 'Hòa Bình', 'Hưng Yên', 'Long An', 'Nam Định', 'Ninh Bình', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Tây Ninh', 'Vĩnh Long', 'Vĩnh Phúc',
  'Yên Bái', 'Tuyên Quang', 'Lâm Đồng', 'Đồng Tháp', 'Cao Bằng', 'Sơn La', 'Hà Nam', 'Kiên Giang',
  'Hậu Giang', 'Tiền Giang', 'Bắc Ninh', 'Lạng Sơn', 'Lào Cai', 'Điện Biên', 'Lai Châu',
]);

/** Draws names that are unique within one scope (a province, a district, a commune). */
export class NameScope {
  private used = new Set<string>();
  constructor(private rng: Random) {}

  take(name: string): boolean {
    if (this.used.has(name)) return false;
    this.used.add(name);
    return true;
  }

  lowland(): string {
    return this.draw(() => {
      const a = this.rng.pick(FIRST);
      const b = this.rng.pick(SECOND);
      return a === b ? '' : `${a} ${b}`;
    });
  }

  upland(): string {
    return this.draw(() => `${this.rng.pick(UPLAND_FIRST)} ${this.rng.pick(UPLAND_SECOND)}`);
  }

  province(): string {
    return this.draw(() => {
      const a = this.rng.pick(FIRST);
      const b = this.rng.pick(SECOND);
      const name = `${a} ${b}`;
      return a === b || REAL_PROVINCES.has(name) ? '' : name;
    });
  }

  private draw(make: () => string): string {
    for (let i = 0; i < 60; i++) {
      const name = make();
      if (name && this.take(name)) return name;
    }
    for (let n = 2; ; n++) {
      const name = `${make() || 'Tân Lập'} ${n}`;
      if (this.take(name)) return name;
    }
  }
}

export const COMMUNE_OFFICES = [
  'Văn phòng HĐND và UBND', 'Phòng Tài chính - Kế hoạch', 'Phòng Nội vụ', 'Phòng Tư pháp',
  'Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Tài nguyên và Môi trường',
  'Phòng Giáo dục và Đào tạo', 'Phòng Văn hóa và Thông tin', 'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Kinh tế và Hạ tầng', 'Thanh tra', 'Phòng Y tế', 'Ban Quản lý dự án đầu tư xây dựng',
] as const;
export const POLICE_TEAMS = [
  'Đội Cảnh sát hình sự', 'Đội An ninh', 'Đội Cảnh sát giao thông', 'Đội Tham mưu - Tổng hợp',
  'Đội Cảnh sát quản lý hành chính về trật tự xã hội', 'Đội Cảnh sát phòng cháy, chữa cháy',
  'Đội Cảnh sát điều tra tội phạm về ma túy',
] as const;
export const MILITARY_TEAMS = [
  'Ban Chỉ huy', 'Bộ phận Tham mưu', 'Bộ phận Chính trị - Hậu cần', 'Trung đội Dân quân cơ động',
] as const;
export const HOSPITAL_WARDS = [
  'Khoa Nội', 'Khoa Ngoại', 'Khoa Sản', 'Khoa Nhi', 'Khoa Khám bệnh', 'Khoa Xét nghiệm',
  'Phòng Kế hoạch - Tổng hợp', 'Khoa Dược', 'Khoa Y tế dự phòng',
] as const;
export const THPT_GROUPS = [
  'Tổ Toán - Tin', 'Tổ Ngữ văn - Ngoại ngữ', 'Tổ Khoa học Tự nhiên', 'Tổ Khoa học Xã hội',
  'Tổ Văn phòng',
] as const;
export const COLLEGE_UNITS = [
  'Khoa Sư phạm', 'Khoa Kinh tế', 'Khoa Kỹ thuật - Công nghệ', 'Phòng Đào tạo', 'Khoa Nông - Lâm',
] as const;
export const FACTORY_UNITS = [
  'Xưởng 1', 'Xưởng 2', 'Xưởng 3', 'Phòng Kỹ thuật', 'Văn phòng', 'Phòng Kinh doanh', 'Xưởng 4',
] as const;
