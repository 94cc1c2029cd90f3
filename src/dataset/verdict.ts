import { messages, type Messages } from './messages';
import { REQUIRED_TABLES } from './schema';
import type { Unreadable } from './sources';
import type { DatasetResult, FileProblem, InputFile, Lang } from './types';

/**
 * The one verdict on a set of files, given by the page and by the command-line
 * tools alike: which files are read at all, and whether an import result may
 * replace the data on screen (or be reported on).
 */

/** The extensions of the files that are read: CSV as `.csv`/`.tsv`/`.txt`, and Excel `.xlsx`. */
const READ = /\.(csv|tsv|txt|xlsx)$/i;

/** What a refused format is called in a message: "Parquet", "Excel cũ (.xls)", "PDF", else its extension. */
function formatName(name: string, bytes: Uint8Array, msg: Messages): string {
  if (/\.xls$/i.test(name)) return msg.formatOldExcel;
  if (/\.parquet$/i.test(name)) return 'Parquet';
  if (/\.pdf$/i.test(name) || String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') return 'PDF';
  const ext = /\.([^./\\]+)$/.exec(name)?.[1];
  return ext ? `.${ext.toLowerCase()}` : msg.formatNoExtension;
}

/**
 * A file refused for its format before anything is read of it: any name not
 * ending in `.csv`, `.tsv`, `.txt` or `.xlsx` (an `.xls`, a `.parquet`, a PDF,
 * a `.docx`, a name without extension). Null when the format is one that is read.
 */
export function refusedFormat(file: InputFile): Unreadable | null {
  const { name, bytes } = file;
  if (READ.test(name)) return null;
  return { name, size: bytes.byteLength, problem: (m) => m.formatNotRead(name, formatName(name, bytes, m)) };
}

/** The verdict on an import: loaded as a whole, or refused with every reason. */
export type Verdict = { ok: true } | { ok: false; problems: FileProblem[] };

/**
 * Whether an import result may be used. Refused when any file could not be
 * used (a required file missing, a format that is not read, a file that is
 * no table, the same table given twice, a missing column, an empty file),
 * and when a required file has no valid row (header only, or every row
 * rejected). `lang` is the language of the reasons added here; those of
 * `ds.problems` are in the language of the import.
 */
export function datasetVerdict(ds: DatasetResult, lang: Lang = 'vi'): Verdict {
  const msg = messages(lang);
  const problems = [...ds.problems];
  for (const table of REQUIRED_TABLES) {
    const r = ds.tables[table];
    if (r && r.loaded === 0) problems.push({ file: r.file, message: msg.noValidRow(r.file, table, r.rows) });
  }
  return problems.length ? { ok: false, problems } : { ok: true };
}

/** A reason as one line: the file, then the message. */
export function problemLine(p: FileProblem): string {
  return `${p.file}: ${p.message}`;
}
