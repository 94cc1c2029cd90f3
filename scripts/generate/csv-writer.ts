import { closeSync, openSync, writeSync } from 'node:fs';
import { csvRecord } from '../../src/dataset/csv-write';

const FLUSH_AT = 1 << 20;

/**
 * Appends CSV lines to a file in ~1 MB chunks, so that a national-scale export
 * never holds more than a chunk in memory.
 */
export class CsvWriter {
  readonly name: string;
  rows = 0;
  private fd: number;
  private parts: string[] = [];
  private size = 0;

  constructor(path: string, name: string, header: readonly string[]) {
    this.name = name;
    this.fd = openSync(path, 'w');
    this.parts.push(csvRecord(header) + '\n');
  }

  /** Writes a row, quoted as PapaParse would (the app's one CSV writer). */
  row(values: readonly (string | number)[]): void {
    const line = csvRecord(values.map(String));
    this.parts.push(line);
    this.parts.push('\n');
    this.size += line.length + 1;
    this.rows++;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    writeSync(this.fd, this.parts.join(''), null, 'utf8');
    this.parts = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
