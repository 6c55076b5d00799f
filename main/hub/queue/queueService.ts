// The queue engine as one object: runs each command in its transaction, then publishes what it committed.
import type { PublicCall, QueueSnapshot } from '../../../machines/contracts/index.js';
import { callNext } from './callNext.js';
import { complete } from './complete.js';
import type { HubEventBus } from './hubEventBus.js';
import { issueTicket } from './issueTicket.js';
import { noShow } from './noShow.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { recall } from './recall.js';
import { displaySnapshot, queueSnapshot } from './snapshot.js';

type Command<I, R> = (ctx: QueueContext, input: I) => CommandResult<R>;

export interface QueueService {
  readonly context: QueueContext;
  issueTicket: (input: Parameters<typeof issueTicket>[1]) => ReturnType<typeof issueTicket>['result'];
  callNext: (input: Parameters<typeof callNext>[1]) => ReturnType<typeof callNext>['result'];
  recall: (input: Parameters<typeof recall>[1]) => ReturnType<typeof recall>['result'];
  noShow: (input: Parameters<typeof noShow>[1]) => ReturnType<typeof noShow>['result'];
  complete: (input: Parameters<typeof complete>[1]) => ReturnType<typeof complete>['result'];
  snapshot(): QueueSnapshot;
  displaySnapshot(): { seq: number; calls: PublicCall[] };
}

export function createQueueService(context: QueueContext, bus: HubEventBus): QueueService {
  const run =
    <I, R>(command: Command<I, R>) =>
    (input: I): R => {
      const { result, events } = command(context, input);
      bus.publish(events);
      return result;
    };
  return {
    context,
    issueTicket: run(issueTicket),
    callNext: run(callNext),
    recall: run(recall),
    noShow: run(noShow),
    complete: run(complete),
    snapshot: () => queueSnapshot(context),
    displaySnapshot: () => displaySnapshot(context),
  };
}
