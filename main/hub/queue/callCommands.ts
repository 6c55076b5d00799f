// Calling visitors to a counter: call-next (by the ordering policy), call a chosen ticket, preview, recall.
import type { CallNextResult, NextExplanation, Ticket } from '../../../machines/contracts/index.js';
import { explainNext } from '../../../machines/queue/ordering.js';
import type { QueueReader } from '../store/queueStore.js';
import { requireCounterAtWork } from './counterGuards.js';
import { closingEventTypes, projectTicket } from './projection.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { today } from './queueContext.js';
import { QueueError } from './queueError.js';
import type { Actor } from './queueServiceApi.js';
import { counterName, requireCounter } from './requireConfig.js';
import {
  appendVisitEvent,
  findVisit,
  openVisitsToday,
  requireStatus,
  runCommand,
  type Work,
} from './work.js';

/** explainNext at a counter, given today's open visits. */
function explain(
  ctx: QueueContext,
  reader: QueueReader,
  counterId: string,
  now: Date,
  open: readonly Ticket[],
): NextExplanation {
  return explainNext({
    policy: ctx.config.policy,
    counter: requireCounter(ctx.config, counterId),
    queueIds: ctx.config.queues.map((q) => q.id),
    waiting: open.filter((t) => t.status === 'waiting'),
    callHistory: reader.calledClasses(today(ctx, now), counterId),
    now,
  });
}

export function previewNext(ctx: QueueContext, input: { counterId: string }): NextExplanation {
  const now = ctx.now();
  return ctx.store.read((reader) => {
    const open = reader.openTicketsOfDay(today(ctx, now), closingEventTypes).map(projectTicket);
    return explain(ctx, reader, input.counterId, now, open);
  });
}

/**
 * Before a new call: a visitor being served blocks it; a called visitor who never arrived is marked no-show
 * (at maxCalls) or put back in the queue at their original place. Returns today's open visits after that.
 */
function releaseHeld(work: Work, counterId: string): Ticket[] {
  return openVisitsToday(work).map((visit) => {
    if (visit.ticket.counterId !== counterId) return visit.ticket;
    if (visit.ticket.status === 'serving') {
      throw new QueueError('wrong-state', `Finish, park or transfer ${visit.ticket.number} first.`);
    }
    if (visit.ticket.status !== 'called') return visit.ticket;
    if (visit.ticket.callCount >= work.ctx.config.policy.maxCalls) {
      return appendVisitEvent(work, visit, 'ticket.noShow', {}, counterId).ticket;
    }
    return appendVisitEvent(work, visit, 'ticket.recycled', { placement: 'original' }, counterId).ticket;
  });
}

function nothingWaiting(explanation: NextExplanation): QueueError {
  const count = (reason: string) => explanation.skipped.filter((s) => s.reason === reason).length;
  const cooling = count('cooling-down');
  const elsewhere = count('other-counter');
  const notes = [
    cooling ? `${cooling} recently called ${cooling === 1 ? 'visitor is' : 'visitors are'} cooling down` : '',
    elsewhere ? `${elsewhere} ${elsewhere === 1 ? 'waits' : 'wait'} for another counter` : '',
  ].filter(Boolean);
  const detail = notes.length ? ` (${notes.join('; ')})` : '';
  return new QueueError(
    'nothing-waiting',
    `Nobody is waiting for this counter right now${detail}: try again soon.`,
  );
}

export function callNext(
  ctx: QueueContext,
  input: { counterId: string; requestId: string; by: Actor },
): CommandResult<CallNextResult> {
  return runCommand(ctx, input.by, (work) => {
    const claimed = work.tx.findCallRequest(input.requestId);
    if (claimed?.explanationJson) {
      return {
        ticket: findVisit(work, claimed.ticketId).ticket,
        explanation: JSON.parse(claimed.explanationJson) as NextExplanation,
      };
    }
    requireCounterAtWork(work, input.counterId);
    const open = releaseHeld(work, input.counterId);
    const explanation = explain(ctx, work.tx, input.counterId, work.now, open);
    if (explanation.ticketId === null) throw nothingWaiting(explanation);
    const visit = findVisit(work, explanation.ticketId);
    const called = appendVisitEvent(work, visit, 'ticket.called', {}, input.counterId);
    work.tx.saveCallRequest(input.requestId, {
      ticketId: visit.ticket.id,
      counterId: input.counterId,
      explanationJson: JSON.stringify(explanation),
    });
    return { ticket: called.ticket, explanation };
  });
}

export function callTicket(
  ctx: QueueContext,
  input: { counterId: string; ticketId: string; requestId: string; by: Actor },
): CommandResult<{ ticket: Ticket }> {
  return runCommand(ctx, input.by, (work) => {
    const claimed = work.tx.findCallRequest(input.requestId);
    if (claimed) return { ticket: findVisit(work, claimed.ticketId).ticket };
    requireCounterAtWork(work, input.counterId);
    const visit = findVisit(work, input.ticketId);
    const { ticket } = visit;
    if (ticket.status === 'called' && ticket.counterId !== input.counterId) {
      throw new QueueError(
        'conflict',
        `${ticket.number} was just called to ${counterName(ctx.config, ticket.counterId)}: call another ticket.`,
      );
    }
    requireStatus(visit, ['waiting'], 'called');
    releaseHeld(work, input.counterId);
    const called = appendVisitEvent(
      work,
      findVisit(work, input.ticketId),
      'ticket.called',
      {},
      input.counterId,
    );
    work.tx.saveCallRequest(input.requestId, {
      ticketId: ticket.id,
      counterId: input.counterId,
      explanationJson: null,
    });
    return { ticket: called.ticket };
  });
}

export function recall(
  ctx: QueueContext,
  input: { ticketId: string; counterId: string; by: Actor },
): CommandResult<{ ticket: Ticket }> {
  requireCounter(ctx.config, input.counterId);
  return runCommand(ctx, input.by, (work) => {
    const visit = findVisit(work, input.ticketId);
    const { ticket } = visit;
    requireStatus(visit, ['called'], 'recalled');
    if (ticket.counterId !== input.counterId) {
      throw new QueueError(
        'wrong-state',
        `${ticket.number} was called to ${counterName(ctx.config, ticket.counterId)}: recall it from there.`,
      );
    }
    const { policy } = ctx.config;
    if (ticket.callCount >= policy.maxCalls) {
      throw new QueueError(
        'wrong-state',
        `${ticket.number} was called ${ticket.callCount} times: mark as no-show.`,
      );
    }
    const sinceMs = work.now.getTime() - Date.parse(ticket.lastCalledAt ?? work.at);
    if (sinceMs < policy.manualRecallCooldownSeconds * 1000) {
      throw new QueueError(
        'cooling-down',
        `${ticket.number} was called a moment ago: wait ${policy.manualRecallCooldownSeconds} seconds between calls.`,
      );
    }
    return { ticket: appendVisitEvent(work, visit, 'ticket.recalled', {}, input.counterId).ticket };
  });
}
