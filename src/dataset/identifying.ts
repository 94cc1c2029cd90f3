import { foldKey } from './text';

/**
 * What an identifying column holds: a person's name, citizen ID (or another
 * personal number: passport, social insurance, tax code), party card or record
 * number, phone, address, e-mail, or full birth date.
 */
export type IdentifyingKind = 'name' | 'citizen_id' | 'party_card' | 'phone' | 'address' | 'email' | 'birth_date';

/**
 * The kinds, in the order they are tried: the first whose words a header has
 * decides (`Ngày sinh, nơi sinh` is an address, dropped whole, not a birth
 * date cut to its year).
 */
export const IDENTIFYING_KINDS: readonly IdentifyingKind[] = [
  'email', 'citizen_id', 'party_card', 'phone', 'address', 'birth_date', 'name',
];

/**
 * Words that make a header identifying wherever they stand in it, as a run of
 * whole words in this order ("Số điện thoại di động" has `điện thoại`).
 * Written as people write them; matched folded like headers (case,
 * diacritics, punctuation do not matter: `SĐT`, `sdt`, `Sđt` are the same).
 */
export const IDENTIFYING_WORDS: Record<IdentifyingKind, readonly string[]> = {
  name: [
    'họ tên', 'họ và tên', 'hoten', 'họ đệm', 'họ lót', 'họ và chữ đệm', 'họ chữ đệm', 'tên đệm', 'tên lót',
    'tên khai sinh', 'tên gọi khác', 'tên thường gọi', 'tên thường dùng', 'tên riêng', 'bí danh',
    'tên đảng viên', 'tên ĐV', 'tên quần chúng', 'tên đoàn viên', 'tên người', 'tên cá nhân', 'tên công dân',
    'bí thư', 'người giới thiệu', 'đảng viên giới thiệu', 'người phụ trách', 'người đứng đầu', 'người kê khai',
    'người thân', 'secretary',
    'full name', 'fullname', 'first name', 'firstname', 'last name', 'lastname', 'given name', 'family name',
    'middle name', 'surname', 'nickname', 'member name', 'candidate name', 'person name',
  ],
  citizen_id: [
    'CCCD', 'CMND', 'CMT', 'CMTND', 'căn cước', 'chứng minh', 'định danh', 'hộ chiếu', 'BHXH', 'BHYT',
    'mã số thuế', 'MST', 'citizen id', 'national id', 'id card', 'id number', 'id no', 'identity', 'identification',
    'passport', 'social security', 'tax code',
  ],
  party_card: ['số thẻ', 'thẻ đảng', 'thẻ ĐV', 'số lý lịch', 'party card', 'card number', 'card no', 'membership card'],
  phone: [
    'điện thoại', 'SĐT', 'số ĐT', 'ĐTDĐ', 'di động', 'liên lạc', 'liên hệ', 'zalo', 'fax', 'hotline',
    'phone', 'telephone', 'cellphone', 'tel', 'mobile', 'contact',
  ],
  address: [
    'địa chỉ', 'nơi ở', 'chỗ ở', 'cư trú', 'quê quán', 'nguyên quán', 'thường trú', 'tạm trú', 'hộ khẩu', 'nơi sinh',
    'số nhà', 'address', 'residence', 'hometown', 'home town', 'birthplace', 'place of birth', 'street',
  ],
  email: ['email', 'e-mail', 'mail', 'gmail', 'thư điện tử', 'hộp thư'],
  birth_date: [
    'ngày sinh', 'sinh ngày', 'ngày tháng năm sinh', 'ngày tháng sinh', 'date of birth', 'birth date', 'birthdate',
    'birthday', 'DOB', 'D.O.B', 'born on',
  ],
};

/** Headers that are identifying only as the whole header: `Tên` alone is a name, `Tên chi bộ` is not. */
export const IDENTIFYING_WHOLE: Record<IdentifyingKind, readonly string[]> = {
  name: ['họ', 'tên', 'họ và', 'tên và họ', 'tên họ', 'name', 'names'],
  citizen_id: [],
  party_card: [],
  phone: [],
  address: ['quê'],
  email: [],
  birth_date: [],
};

/**
 * Runs of words that mean something else although they hold identifying words,
 * read as one word before matching: `Ngày sinh hoạt`, `Nơi sinh hoạt` (party
 * activity) are neither a birth date nor a birthplace.
 */
export const NOT_IDENTIFYING_COMPOUNDS: readonly string[] = ['sinh hoạt', 'sinh viên', 'học sinh'];

/** Headers recognised as each kind, for the documentation and the tests. */
export const IDENTIFYING_EXAMPLES: Record<IdentifyingKind, readonly string[]> = {
  name: [
    'Họ tên', 'Họ và tên', 'Họ và tên đảng viên', 'HO VA TEN', 'Tên', 'Họ', 'Tên gọi khác', 'Tên khai sinh',
    'Họ tên bí thư', 'Bí thư chi bộ', 'Người giới thiệu', 'name', 'full_name', 'fullname', 'first_name', 'last_name',
  ],
  citizen_id: [
    'Số CCCD', 'CCCD', 'CMND', 'Số CMND', 'CCCD/CMND', 'Số CCCD/CMND', 'Số CMND/CCCD', 'Số căn cước công dân',
    'Số định danh', 'Số định danh cá nhân', 'Số hộ chiếu', 'Số BHXH', 'citizen_id', 'id_number', 'national_id',
  ],
  party_card: ['Số thẻ đảng viên', 'Số thẻ', 'Thẻ đảng viên', 'Số lý lịch đảng viên', 'card_number', 'party_card'],
  phone: [
    'Số điện thoại', 'Số điện thoại di động', 'Điện thoại', 'SĐT', 'Số ĐT', 'Di động', 'Zalo', 'phone', 'phone_number',
    'mobile', 'tel',
  ],
  address: [
    'Địa chỉ', 'Địa chỉ thường trú', 'Quê quán', 'Nơi ở', 'Nơi ở hiện nay', 'Nơi thường trú', 'Thường trú', 'Tạm trú',
    'Nơi sinh', 'address',
  ],
  email: ['email', 'E-mail', 'Địa chỉ email', 'Thư điện tử'],
  birth_date: [
    'Ngày sinh', 'Sinh ngày', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'birth_date', 'date_of_birth', 'dob',
    'birthday',
  ],
};

/** Headers that look close to identifying ones and are not: a unit's name, a birth year, a pseudonymous code. */
export const NOT_IDENTIFYING_EXAMPLES: readonly string[] = [
  'Tên đơn vị', 'Tên chi bộ', 'Tên tổ chức', 'Tên tổ chức đảng', 'unit_name', 'Năm sinh', 'birth_year', 'unit_id',
  'member_id', 'Mã đảng viên', 'Chi bộ', 'Khu vực', 'Ghi chú', 'Dân tộc', 'Nghề nghiệp', 'Số lượng', 'Chức vụ',
  'Ngày sinh hoạt', 'Nơi sinh hoạt', 'Chuyển sinh hoạt', 'Học sinh', 'Sinh viên', 'Thôn', 'Xã',
];

/** The words of a header, folded: "Số CCCD/CMND" → ["so", "cccd", "cmnd"]; letters and digits apart ("SĐT2" → "sdt", "2"). */
export function headerWords(header: string): string[] {
  const key = foldKey(header).replace(/([a-z])(\d)/g, '$1_$2').replace(/(\d)([a-z])/g, '$1_$2');
  return key === '' ? [] : key.split('_');
}

const phrase = (s: string) => headerWords(s).join(' ');
const COMPOUNDS = NOT_IDENTIFYING_COMPOUNDS.map(phrase);
const WORDS = IDENTIFYING_KINDS.map((kind) => ({ kind, words: IDENTIFYING_WORDS[kind].map(phrase) }));
const WHOLE = new Map(IDENTIFYING_KINDS.flatMap((kind) => IDENTIFYING_WHOLE[kind].map((w) => [phrase(w), kind] as const)));

/**
 * Whether a header names a column that identifies a person, and as what;
 * null when it does not. Goes by meaning, not by an exact list: the header is
 * folded (case, diacritics, punctuation, `đ` as `d`) and split into words, and
 * it is identifying when it holds one of the `IDENTIFYING_WORDS` of a kind as
 * a run of whole words, or is one of the `IDENTIFYING_WHOLE` headers.
 *
 * A header is judged alone: a header that a table knows as one of its own
 * columns (`name`, `Tên` in units.csv: the unit's name) is recognised as that
 * column first, by the caller.
 *
 * @example
 * identifyingKind('Họ và tên đảng viên') // 'name'
 * identifyingKind('Số CCCD/CMND')        // 'citizen_id'
 * identifyingKind('SO DIEN THOAI DI DONG') // 'phone'
 * identifyingKind('Sinh ngày')           // 'birth_date'
 * identifyingKind('Năm sinh')            // null (a birth year is kept)
 * identifyingKind('Tên chi bộ')          // null (a unit's name)
 */
export function identifyingKind(header: string): IdentifyingKind | null {
  let text = ` ${headerWords(header).join(' ')} `;
  if (text.trim() === '') return null;
  for (const c of COMPOUNDS) text = text.replaceAll(` ${c} `, ` ${c.replace(/ /g, '')} `);
  const whole = WHOLE.get(text.trim());
  if (whole) return whole;
  for (const { kind, words } of WORDS) if (words.some((w) => text.includes(` ${w} `))) return kind;
  return null;
}
