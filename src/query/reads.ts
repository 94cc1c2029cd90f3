/** The first words of a statement that only reads. */
const READS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'EXPLAIN', 'PIVOT', 'UNPIVOT']);

/**
 * Whether a statement only reads, by its first word after comments and
 * parentheses: its answer may be kept and shared. Anything else (an INSERT
 * asked as a query, a SET) may change what every kept answer says.
 */
export function isRead(sql: string): boolean {
  const head = sql.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/|\()*/, '');
  return READS.has(/^[A-Za-z]+/.exec(head)?.[0].toUpperCase() ?? '');
}
