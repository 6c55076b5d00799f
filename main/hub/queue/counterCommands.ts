// Counter sessions (sign in, breaks, sign out) and queue intake switches, as floor events.
import type { BreakReason, CounterState, QueueState } from '../../../machines/contracts/index.js';
import { requireSessionOwner } from './counterGuards.js';
import { counterState, counterStateOf, counterStates, queueStateOf } from './floorState.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { QueueError } from './queueError.js';
import type { Actor } from './queueServiceApi.js';
import { requireCounter, requireQueue } from './requireConfig.js';
import { appendFloor, appendVisitEvent, openVisitsToday, runCommand, type Work } from './work.js';

type CounterOut = CommandResult<{ counter: CounterState }>;

/**
 * Closes a counter's session: a visitor it serves or parked is ended by the logout; a called visitor who never
 * got service goes back to the front of the queue.
 */
export function signOutCounter(work: Work, counterId: string): CounterState {
  for (const visit of openVisitsToday(work)) {
    if (visit.ticket.counterId !== counterId) continue;
    const stage = visit.ticket.status;
    if (stage === 'serving' || stage === 'parked') {
      appendVisitEvent(work, visit, 'ticket.endedByLogout', { stage }, counterId);
    } else if (stage === 'called') {
      appendVisitEvent(work, visit, 'ticket.recycled', { placement: 'front' }, counterId);
    }
  }
  return counterStateOf(counterId, appendFloor(work, 'counter.signedOut', { counterId, data: {} }));
}

export function signIn(
  ctx: QueueContext,
  input: { counterId: string; by: Actor & { displayName: string } },
): CounterOut {
  const config = requireCounter(ctx.config, input.counterId);
  return runCommand(ctx, input.by, (work) => {
    const state = counterState(work.tx, input.counterId);
    if (state.status !== 'closed') {
      if (state.staffUserId === input.by.userId) return { counter: state };
      throw new QueueError(
        'conflict',
        `${config.name} is in use by ${state.staffName ?? 'someone else'}: choose another counter.`,
      );
    }
    const elsewhere = counterStates(ctx.config, work.tx).filter(
      (c) => c.status !== 'closed' && c.staffUserId === input.by.userId,
    );
    for (const other of elsewhere) signOutCounter(work, other.counterId);
    const data = { staffUserId: input.by.userId, staffName: input.by.displayName };
    const record = appendFloor(work, 'counter.signedIn', { counterId: input.counterId, data });
    return { counter: counterStateOf(input.counterId, record) };
  });
}

export function startBreak(
  ctx: QueueContext,
  input: { counterId: string; reason: BreakReason; by: Actor },
): CounterOut {
  return runCommand(ctx, input.by, (work) => {
    const { config, state } = requireSessionOwner(work, input.counterId);
    if (state.status !== 'open') {
      throw new QueueError('wrong-state', `${config.name} is already on a break.`);
    }
    const data = { staffUserId: state.staffUserId, staffName: state.staffName, reason: input.reason };
    const record = appendFloor(work, 'counter.breakStarted', { counterId: input.counterId, data });
    return { counter: counterStateOf(input.counterId, record) };
  });
}

export function endBreak(ctx: QueueContext, input: { counterId: string; by: Actor }): CounterOut {
  return runCommand(ctx, input.by, (work) => {
    const { config, state } = requireSessionOwner(work, input.counterId);
    if (state.status !== 'break') {
      throw new QueueError('wrong-state', `${config.name} is not on a break.`);
    }
    const data = { staffUserId: state.staffUserId, staffName: state.staffName };
    const record = appendFloor(work, 'counter.breakEnded', { counterId: input.counterId, data });
    return { counter: counterStateOf(input.counterId, record) };
  });
}

export function signOut(ctx: QueueContext, input: { counterId: string; by: Actor }): CounterOut {
  return runCommand(ctx, input.by, (work) => {
    requireSessionOwner(work, input.counterId);
    return { counter: signOutCounter(work, input.counterId) };
  });
}

/** Closes a queue to new tickets for the rest of the day, or opens it again; a repeat changes nothing. */
export function setQueueIntake(
  ctx: QueueContext,
  input: { queueId: string; open: boolean; by: Actor },
): CommandResult<QueueState> {
  requireQueue(ctx.config, input.queueId);
  return runCommand(ctx, input.by, (work) => {
    const current = queueStateOf(input.queueId, work.tx.floorEventsOfDays(work.day, work.day));
    if (current.closedByStaff === !input.open) return current;
    const record = appendFloor(work, input.open ? 'queue.opened' : 'queue.closed', {
      queueId: input.queueId,
      data: {},
    });
    return queueStateOf(input.queueId, [record]);
  });
}
