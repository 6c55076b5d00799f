// Audit entries as CSV (RFC 4180), with cells a spreadsheet would run as a formula made inert.
import type { AuditEntry } from '../../../machines/contracts/index.js';

const header = ['seq', 'at', 'actor', 'action', 'target', 'outcome'] as const;

/** One CSV cell: a leading = + - @ (or tab/CR) gets a quote prefix; quotes doubled; quoted when needed. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole export: a header line, then one line per entry, CRLF line ends as RFC 4180 says. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [header.join(',')];
  for (const entry of entries) lines.push(header.map((name) => csvCell(entry[name])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
