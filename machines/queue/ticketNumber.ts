// Ticket numbers: formatting (queue prefix plus zero-padded number), the hub's own range and the offline band.
import type { QueueConfig } from '../contracts/index.js';

type QueueRange = Pick<QueueConfig, 'prefix' | 'firstNumber' | 'lastNumber' | 'offlineBand'>;

export function formatTicketNumber(prefix: string, number: number, lastNumber: number): string {
  const width = Math.max(3, String(lastNumber).length);
  return `${prefix}${String(number).padStart(width, '0')}`;
}

/** `number` of `queue` as printed ("A907"). */
export const formatQueueNumber = (queue: QueueRange, number: number): string =>
  formatTicketNumber(queue.prefix, number, queue.lastNumber);

/** The highest number the hub itself issues: the offline band sits above it. */
export const lastOnlineNumber = (queue: QueueRange): number => queue.lastNumber - queue.offlineBand;

/** How many numbers the hub itself may issue per day (the range below the offline band). */
export const onlinePositions = (queue: QueueRange): number => lastOnlineNumber(queue) - queue.firstNumber + 1;

/** The numbers kept for kiosks to issue offline, or null when the queue has no offline band. */
export function offlineBandOf(queue: QueueRange): { first: number; last: number } | null {
  if (queue.offlineBand <= 0) return null;
  return { first: lastOnlineNumber(queue) + 1, last: queue.lastNumber };
}

/** A number's position in its queue's day (tickets.seq): firstNumber is 1, online and offline alike. */
export const positionOfNumber = (queue: QueueRange, number: number): number => number - queue.firstNumber + 1;

/** The number of the `position`th ticket (1-based) the hub issues, or null once it reaches the offline band. */
export function numberAt(queue: QueueRange, position: number): string | null {
  const number = queue.firstNumber + position - 1;
  if (number > lastOnlineNumber(queue)) return null;
  return formatQueueNumber(queue, number);
}
