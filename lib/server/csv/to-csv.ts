/**
 * Rows as CSV (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with a quote.
 */
export function toCsv(rows: string[][]): string {
  return rows.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
