export type {
  ColumnType, DatasetResult, FileProblem, ImportOptions, ImportProgress, InputFile, Lang, LoadError, SqlType,
  TableName, TableResult,
} from './types';
export { readSources, loadSources, type ReadSource, type LoadOptions } from './load';
export { CODES, codeLabel, type CodeLabel, type CodeListName } from './codes';
export {
  ID_COLUMN, PERSON_TABLES, REQUIRED_TABLES, TABLE_COLUMNS, TABLE_LABELS, TABLE_NAMES, sqlTypeOf, type ColumnSpec,
} from './schema';
export { BIRTH_DATE_HEADERS, FILE_ALIASES, HEADER_ALIASES, IDENTIFYING_HEADERS } from './aliases';
export { foldKey, foldText } from './text';
export { BOM, csvField, csvRecord, neutraliseCell, toSpreadsheetCsv } from './csv-write';
export { parseBoolean, parseCode, parseDate, parseInteger, type Invalid } from './values';
export { readXlsxRows } from './xlsx';
export { tableFromFileName, tableFromHeader } from './identify';
