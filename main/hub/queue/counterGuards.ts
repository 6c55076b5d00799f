// Who may work at a counter: open, signed in by the caller (or, for session changes, a supervisor).
import type { CounterConfig, CounterState } from '../../../machines/contracts/index.js';
import { counterState } from './floorState.js';
import { QueueError } from './queueError.js';
import { requireCounter } from './requireConfig.js';
import type { Work } from './work.js';

/** The counter must be open and signed in by `work.by.userId` (calls, resumes, walk-ins). */
export function requireCounterAtWork(
  work: Work,
  counterId: string,
): { config: CounterConfig; state: CounterState } {
  const config = requireCounter(work.ctx.config, counterId);
  const state = counterState(work.tx, counterId);
  if (state.status === 'closed') {
    throw new QueueError('counter-closed', `Sign in to ${config.name} first.`);
  }
  if (state.staffUserId !== work.by.userId) {
    throw new QueueError(
      'counter-closed',
      `${config.name} is signed in by ${state.staffName ?? 'someone else'}: sign in to your own counter.`,
    );
  }
  if (state.status === 'break') {
    throw new QueueError('counter-closed', `${config.name} is on a break: end the break first.`);
  }
  return { config, state };
}

/** The counter's session may be changed by the member signed in there, or by a supervisor. */
export function requireSessionOwner(
  work: Work,
  counterId: string,
): { config: CounterConfig; state: CounterState } {
  const config = requireCounter(work.ctx.config, counterId);
  const state = counterState(work.tx, counterId);
  if (state.status === 'closed') {
    throw new QueueError('counter-closed', `Nobody is signed in to ${config.name}.`);
  }
  if (state.staffUserId !== work.by.userId && work.by.supervisor !== true) {
    throw new QueueError(
      'forbidden',
      `${config.name} is signed in by ${state.staffName ?? 'someone else'}: only they or a supervisor can change it.`,
    );
  }
  return { config, state };
}
