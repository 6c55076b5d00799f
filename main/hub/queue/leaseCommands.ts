// Number leases: blocks of a queue's offline band granted to kiosks for today, so a kiosk can keep issuing
// numbers no one else prints while the hub is unreachable.
import { randomUUID } from 'node:crypto';
import type { LeaseList, NumberLease, RequestLeaseBody } from '../../../machines/contracts/index.js';
import { offlineBandOf } from '../../../machines/queue/ticketNumber.js';
import type { LeaseRecord } from '../store/queueStore.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { today } from './queueContext.js';
import { QueueError } from './queueError.js';
import { requireQueue } from './requireConfig.js';
import { runCommand } from './work.js';

export const toNumberLease = (lease: LeaseRecord): NumberLease => ({
  id: lease.id,
  serviceDay: lease.serviceDay,
  queueId: lease.queueId,
  first: lease.first,
  last: lease.last,
  grantedAt: lease.grantedAt,
});

/**
 * Grants the calling kiosk the next free block of `offline.leaseSize` numbers of the queue's band for today, in
 * one IMMEDIATE transaction (so blocks never overlap); a retry with the same requestId returns the same lease.
 */
export function requestLease(
  ctx: QueueContext,
  input: RequestLeaseBody & { deviceId: string },
): CommandResult<NumberLease> {
  return runCommand(ctx, { userId: null, deviceId: input.deviceId }, (work) => {
    const existing = work.tx.findLeaseByRequest(input.requestId);
    if (existing) {
      if (existing.deviceId !== input.deviceId || existing.queueId !== input.queueId) {
        throw new QueueError(
          'conflict',
          'This request id was already used for another lease: send a new one.',
        );
      }
      return toNumberLease(existing);
    }
    const queue = requireQueue(ctx.config, input.queueId);
    const band = offlineBandOf(queue);
    if (!band) {
      throw new QueueError(
        'invalid-request',
        `The ${queue.name} queue keeps no numbers for offline kiosks (its offlineBand is 0).`,
      );
    }
    const mine = work.tx
      .leasesOfDevice(input.deviceId, work.day)
      .filter((lease) => lease.queueId === queue.id);
    if (mine.length >= ctx.config.offline.maxLeasesPerKioskPerDay) {
      throw new QueueError(
        'rate-limited',
        `This kiosk already has ${mine.length} blocks of ${queue.name} numbers today, the most it may have: ` +
          'ask facilities to check it.',
      );
    }
    const first = Math.max(band.first, work.tx.lastLeasedNumber(work.day, queue.id) + 1);
    if (first > band.last) {
      throw new QueueError(
        'lease-exhausted',
        `All the offline numbers of the ${queue.name} queue are given out for today: ` +
          'kiosks keep issuing through the hub while it is reachable.',
      );
    }
    const lease: LeaseRecord = {
      id: randomUUID(),
      deviceId: input.deviceId,
      serviceDay: work.day,
      queueId: queue.id,
      first,
      last: Math.min(band.last, first + ctx.config.offline.leaseSize - 1),
      requestId: input.requestId,
      grantedAt: work.at,
    };
    work.tx.insertLease(lease);
    return toNumberLease(lease);
  });
}

/** The calling kiosk's leases for today (by the hub's clock). */
export function listLeases(ctx: QueueContext, deviceId: string): LeaseList {
  const serviceDay = today(ctx);
  return ctx.store.read((reader) => ({
    serviceDay,
    leases: reader.leasesOfDevice(deviceId, serviceDay).map(toNumberLease),
  }));
}
