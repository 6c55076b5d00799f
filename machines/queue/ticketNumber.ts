// Formats a ticket number: queue prefix plus the number, zero-padded to the digits of lastNumber (at least 3).
import type { QueueConfig } from '../contracts/index.js';

export function formatTicketNumber(prefix: string, number: number, lastNumber: number): string {
  const width = Math.max(3, String(lastNumber).length);
  return `${prefix}${String(number).padStart(width, '0')}`;
}

/** The number of the `position`th ticket (1-based) of a queue's day, or null past its lastNumber. */
export function numberAt(queue: QueueConfig, position: number): string | null {
  const number = queue.firstNumber + position - 1;
  if (number > queue.lastNumber) return null;
  return formatTicketNumber(queue.prefix, number, queue.lastNumber);
}
