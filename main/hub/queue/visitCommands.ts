// Moving a visit along at the counter: arrive, park, resume, transfer, recycle, complete, no-show, left, notes.
import type { CompleteBody, Placement, Ticket, TransferBody } from '../../../machines/contracts/index.js';
import { requireCounterAtWork } from './counterGuards.js';
import { isOpenStatus } from './projection.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { QueueError } from './queueError.js';
import type { Actor } from './queueServiceApi.js';
import { requireCounter, requireOutcome, requireService } from './requireConfig.js';
import {
  appendVisitEvent,
  findVisit,
  requireStatus,
  runCommand,
  type Visit,
  type Work,
  wrongState,
} from './work.js';

type TicketOut = CommandResult<{ ticket: Ticket }>;

/** Runs `step` on one visit in one transaction and answers with the visit after it. */
function onVisit(
  ctx: QueueContext,
  input: { ticketId: string; by: Actor },
  step: (work: Work, visit: Visit) => Visit,
): TicketOut {
  return runCommand(ctx, input.by, (work) => ({
    ticket: step(work, findVisit(work, input.ticketId)).ticket,
  }));
}

export const confirmArrival = (ctx: QueueContext, input: { ticketId: string; by: Actor }): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    requireStatus(visit, ['called'], 'marked as arrived');
    return appendVisitEvent(work, visit, 'ticket.arrived', {}, visit.ticket.counterId);
  });

export const park = (ctx: QueueContext, input: { ticketId: string; by: Actor }): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    requireStatus(visit, ['serving'], 'parked');
    return appendVisitEvent(work, visit, 'ticket.parked', {}, visit.ticket.counterId);
  });

export const resume = (
  ctx: QueueContext,
  input: { ticketId: string; counterId: string; by: Actor },
): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    requireStatus(visit, ['parked'], 'resumed');
    requireCounterAtWork(work, input.counterId);
    return appendVisitEvent(work, visit, 'ticket.resumed', {}, input.counterId);
  });

export const transfer = (
  ctx: QueueContext,
  input: TransferBody & { ticketId: string; by: Actor },
): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    const service = input.serviceId === undefined ? null : requireService(ctx.config, input.serviceId);
    if (input.counterId !== undefined) requireCounter(ctx.config, input.counterId);
    if (service === null && input.counterId === undefined) {
      throw new QueueError('invalid-request', 'Give a service, a counter or both to transfer to.');
    }
    requireStatus(visit, ['waiting', 'called', 'serving', 'parked'], 'transferred');
    const data = {
      serviceId: service?.id ?? null,
      queueId: service?.queueId ?? visit.ticket.queueId,
      counterId: input.counterId ?? null,
      placement: input.placement,
    };
    return appendVisitEvent(work, visit, 'ticket.transferred', data, visit.ticket.counterId);
  });

export const recycle = (
  ctx: QueueContext,
  input: { ticketId: string; placement: Placement; by: Actor },
): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    requireStatus(visit, ['called', 'serving'], 'put back in the queue');
    return appendVisitEvent(
      work,
      visit,
      'ticket.recycled',
      { placement: input.placement },
      visit.ticket.counterId,
    );
  });

/** The detail an outcome's kind needs: a configured bureau id, a case reference, or nothing. */
function outcomeDetail(ctx: QueueContext, outcomeId: string, detail: string | undefined): string | null {
  const outcome = requireOutcome(ctx.config, outcomeId);
  const given = detail?.trim() ?? '';
  if (outcome.kind === 'referred') {
    if (!ctx.config.bureaus.some((b) => b.id === given)) {
      throw new QueueError(
        'invalid-request',
        `"${outcome.name}" needs the bureau the visitor was referred to: pick one listed by GET /api/site.`,
      );
    }
    return given;
  }
  if (outcome.kind === 'case-created') {
    if (given.length < 1 || given.length > 80) {
      throw new QueueError(
        'invalid-request',
        `"${outcome.name}" needs the case reference (1 to 80 characters).`,
      );
    }
    return given;
  }
  if (detail !== undefined) {
    throw new QueueError('invalid-request', `"${outcome.name}" takes no detail: leave the detail out.`);
  }
  return null;
}

export const complete = (
  ctx: QueueContext,
  input: CompleteBody & { ticketId: string; by: Actor },
): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    const detail = outcomeDetail(ctx, input.outcomeId, input.detail);
    requireStatus(visit, ['called', 'serving'], 'completed');
    const data = { outcomeId: input.outcomeId, detail };
    return appendVisitEvent(work, visit, 'ticket.completed', data, visit.ticket.counterId);
  });

export const noShow = (ctx: QueueContext, input: { ticketId: string; by: Actor }): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    requireStatus(visit, ['called'], 'marked as a no-show');
    return appendVisitEvent(work, visit, 'ticket.noShow', {}, visit.ticket.counterId);
  });

export const markLeft = (ctx: QueueContext, input: { ticketId: string; by: Actor }): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    const stage = visit.ticket.status;
    if (!isOpenStatus(stage)) throw wrongState(visit, 'marked as left');
    return appendVisitEvent(work, visit, 'ticket.left', { stage }, visit.ticket.counterId);
  });

export const addNote = (ctx: QueueContext, input: { ticketId: string; text: string; by: Actor }): TicketOut =>
  onVisit(ctx, input, (work, visit) => {
    const text = input.text.trim();
    if (text.length < 1 || text.length > 500) {
      throw new QueueError('invalid-request', 'A note needs 1 to 500 characters.');
    }
    const note = work.tx.insertNote({
      ticketId: visit.ticket.id,
      at: work.at,
      counterId: visit.ticket.counterId,
      userId: work.by.userId,
      text,
    });
    const withNote: Visit = {
      ...visit,
      history: { ...visit.history, notes: [...visit.history.notes, note] },
    };
    return appendVisitEvent(work, withNote, 'ticket.noted', { noteId: note.id }, visit.ticket.counterId);
  });

/** The visitor cancels a waiting (or just called) ticket from the status page; unknown tokens are not-found. */
export function cancelByVisitor(
  ctx: QueueContext,
  input: { statusToken: string },
): CommandResult<{ ok: true }> {
  return runCommand(ctx, { userId: null, deviceId: null }, (work) => {
    const ticketId = work.tx.findTicketIdByStatusToken(input.statusToken);
    if (ticketId === undefined) {
      throw new QueueError('not-found', 'No ticket has this link: check the link on your ticket.');
    }
    const visit = findVisit(work, ticketId);
    const stage = visit.ticket.status;
    if (stage !== 'waiting' && stage !== 'called') {
      throw new QueueError('wrong-state', `Ticket ${visit.ticket.number} can no longer be cancelled.`);
    }
    appendVisitEvent(work, visit, 'ticket.cancelled', { stage }, visit.ticket.counterId);
    return { ok: true as const };
  });
}
