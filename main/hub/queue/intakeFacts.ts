// The facts intakeVerdict needs for one service today, read from the store, and its refusal as a QueueError.
import type { ClosedReason, ServiceConfig, SiteConfig } from '../../../machines/contracts/index.js';
import { type IntakeVerdict, intakeVerdict } from '../../../machines/queue/intakeRules.js';
import { onlinePositions } from '../../../machines/queue/ticketNumber.js';
import type { FloorRecord, QueueReader } from '../store/queueStore.js';
import { queueStateOf } from './floorState.js';
import type { QueueContext } from './queueContext.js';
import { QueueError } from './queueError.js';

/**
 * Positions of a queue's range used today, counting the whole offline band as used: the hub never issues from
 * it, so the queue is full once the numbers below the band are gone.
 */
function positionsUsed(config: SiteConfig, reader: QueueReader, queueId: string, day: string): number {
  const queue = config.queues.find((q) => q.id === queueId);
  if (!queue) return reader.lastPosition(day, queueId);
  return reader.lastPosition(day, queueId, onlinePositions(queue)) + queue.offlineBand;
}

/** Whether `service` takes new tickets at `now`, given today's floor events (`floor`) and closing notices. */
export function verdictFor(
  ctx: QueueContext,
  reader: QueueReader,
  service: ServiceConfig,
  day: string,
  now: Date,
  floor: readonly FloorRecord[],
): IntakeVerdict {
  const { config } = ctx;
  return intakeVerdict({
    config,
    service,
    now,
    issuedToday: reader.countIssued(day, service.id),
    queuePositionsUsed: positionsUsed(config, reader, service.queueId, day),
    closedByStaff: queueStateOf(service.queueId, floor).closedByStaff,
    closingNoticeId: ctx.closingNotice?.(service.id, now) ?? null,
  });
}

const closedSentence: Record<Exclude<ClosedReason, 'closing-early'>, string> = {
  'outside-hours': 'is not taking tickets at this time',
  'daily-cap': 'has given out all its tickets for today',
  'closed-by-staff': 'has closed for the rest of today',
  'numbers-used-up': 'has used all its ticket numbers for today',
};

/** The refusal for a closed verdict: `queue-full` when the numbers ran out, else `service-closed`. */
export function closedError(service: ServiceConfig, verdict: IntakeVerdict): QueueError {
  const reason = verdict.closedReason ?? 'outside-hours';
  if (reason === 'closing-early') {
    return new QueueError(
      'service-closed',
      'This service stopped issuing tickets early today; see the notice.',
    );
  }
  const opens = verdict.opensAt ? ` It opens again at ${verdict.opensAt}.` : '';
  const sentence = `${service.name} ${closedSentence[reason]}: please ask at the front desk.${opens}`;
  return new QueueError(reason === 'numbers-used-up' ? 'queue-full' : 'service-closed', sentence);
}
