import { strToU8, zipSync } from 'fflate';

/** The MIME type of an .xlsx download. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The cell styles this writer knows (styles.xml below, in this order). */
export const XLSX_STYLES = [
  'default',
  'title',
  'subtitle',
  'header',
  'text',
  'textBold',
  'textRight',
  'textRightBold',
  'count',
  'countBold',
  'decimal',
  'decimalBold',
  'note',
  'textIndent',
  'headerNote',
  'percent',
  'percentBold',
] as const;
export type XlsxStyle = (typeof XLSX_STYLES)[number];

export interface XlsxCell {
  /** Text is written as an inline string, a number as a number; null leaves the cell empty but styled. */
  v: string | number | null;
  s?: XlsxStyle;
}

export interface XlsxMerge {
  /** 0-based top-left row and column, and the size. */
  r: number;
  c: number;
  rows: number;
  cols: number;
}

export interface XlsxSheet {
  name: string;
  rows: (XlsxCell | null)[][];
  merges?: XlsxMerge[];
  /** Column widths in characters. */
  widths?: number[];
  /** Row heights in points, by 0-based row. */
  heights?: Record<number, number>;
  /** Rows and columns that stay in view when scrolling. */
  freeze?: { rows: number; cols: number };
  /** 0-based first and last row printed on every page. */
  printTitleRows?: [number, number];
  landscape?: boolean;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const ref = (r: number, c: number) => `${colName(c)}${r + 1}`;

/** XML text: escaped, without the characters XML 1.0 forbids (a user file may carry them). */
export function xmlText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex -- deliberate: it removes the control characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook. */
function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((n, i) => {
    let name = n.replace(/[[\]:*?/\\]/g, ' ').replace(/^'|'$/g, '').trim().slice(0, 31) || `Sheet${i + 1}`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${name.slice(0, 28)} ${k}`;
    used.add(name.toLowerCase());
    return name;
  });
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES_XML = `${XML}<styleSheet xmlns="${NS}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="10"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEEF1F4"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FF999999"/></left><right style="thin"><color rgb="FF999999"/></right><top style="thin"><color rgb="FF999999"/></top><bottom style="thin"><color rgb="FF999999"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="${XLSX_STYLES.length}">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="right"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right"/></xf>
<xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment indent="1"/></xf>
<xf numFmtId="0" fontId="3" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>
<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="10" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function cellXml(cell: XlsxCell, r: number, c: number): string {
  const s = XLSX_STYLES.indexOf(cell.s ?? 'default');
  const style = s > 0 ? ` s="${s}"` : '';
  if (cell.v === null) return s > 0 ? `<c r="${ref(r, c)}"${style}/>` : '';
  if (typeof cell.v === 'number') return Number.isFinite(cell.v) ? `<c r="${ref(r, c)}"${style}><v>${cell.v}</v></c>` : '';
  return `<c r="${ref(r, c)}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.v)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length), sheet.widths?.length ?? 0);
  const height = Math.max(1, sheet.rows.length);
  const parts: string[] = [`${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}">`];
  if (sheet.landscape) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="A1:${ref(height - 1, width - 1)}"/>`);
  const fr = sheet.freeze;
  if (fr && (fr.rows > 0 || fr.cols > 0)) {
    const pane = fr.rows > 0 && fr.cols > 0 ? 'bottomRight' : fr.rows > 0 ? 'bottomLeft' : 'topRight';
    const split = `${fr.cols > 0 ? ` xSplit="${fr.cols}"` : ''}${fr.rows > 0 ? ` ySplit="${fr.rows}"` : ''}`;
    const tl = ref(fr.rows, fr.cols);
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${tl}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`,
    );
  }
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths?.length) parts.push(`<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  parts.push('<sheetData>');
  sheet.rows.forEach((row, r) => {
    const cells = row.map((cell, c) => (cell ? cellXml(cell, r, c) : '')).join('');
    const ht = sheet.heights?.[r];
    if (cells) parts.push(`<row r="${r + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${cells}</row>`);
  });
  parts.push('</sheetData>');
  const merges = (sheet.merges ?? []).filter((m) => m.rows > 1 || m.cols > 1);
  if (merges.length) parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${ref(m.r, m.c)}:${ref(m.r + m.rows - 1, m.c + m.cols - 1)}"/>`).join('')}</mergeCells>`);
  parts.push('<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>');
  if (sheet.landscape) parts.push('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  parts.push('</worksheet>');
  return parts.join('');
}

/**
 * A minimal but valid .xlsx (Office Open XML) of the given sheets, zipped in
 * the page with fflate: no server, no formulas, inline strings only.
 */
export function writeXlsx(sheets: XlsxSheet[]): Uint8Array {
  const names = sheetNames(sheets.map((s) => s.name));
  const quoted = (n: string) => `'${n.replace(/'/g, "''")}'`;
  const defined = sheets
    .map((s, i) => (s.printTitleRows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(quoted(names[i]))}!$${s.printTitleRows[0] + 1}:$${s.printTitleRows[1] + 1}</definedName>` : ''))
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${defined ? `<definedNames>${defined}</definedNames>` : ''}</workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES_XML),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  // a fixed date keeps the bytes the same for the same forms
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}
