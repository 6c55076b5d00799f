// Formats a ticket number: queue prefix plus the day's position, zero-padded to 3 digits (4 past 999).

export function formatTicketNumber(prefix: string, position: number, lastNumber: number): string {
  const width = lastNumber > 999 ? 4 : 3;
  return `${prefix}${String(position).padStart(width, '0')}`;
}
