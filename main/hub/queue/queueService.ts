// The queue engine as one object: runs each command in its transaction, then publishes what it committed.
import { callNext, callTicket, previewNext, recall } from './callCommands.js';
import { endBreak, setQueueIntake, signIn, signOut, startBreak } from './counterCommands.js';
import { closePastDays } from './dayEnd.js';
import { handOverOfflineTickets } from './handOverCommands.js';
import type { HubEventBus } from './hubEventBus.js';
import { issueTicket, walkIn } from './issueCommands.js';
import { listLeases, requestLease } from './leaseCommands.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { today } from './queueContext.js';
import { displaySnapshot, intake, queueSnapshot, serviceLevels, visitorStatus } from './queueReads.js';
import type { QueueService } from './queueServiceApi.js';
import {
  addNote,
  cancelByVisitor,
  complete,
  confirmArrival,
  markLeft,
  noShow,
  park,
  recycle,
  resume,
  transfer,
} from './visitCommands.js';

type Command<I, R> = (ctx: QueueContext, input: I) => CommandResult<R>;

export function createQueueService(context: QueueContext, bus: HubEventBus): QueueService {
  const run =
    <I, R>(command: Command<I, R>) =>
    (input: I): R => {
      const { result, events } = command(context, input);
      bus.publish(events);
      return result;
    };
  return {
    issueTicket: run(issueTicket),
    walkIn: run(walkIn),
    callNext: run(callNext),
    callTicket: run(callTicket),
    previewNext: (input) => previewNext(context, input),
    recall: run(recall),
    confirmArrival: run(confirmArrival),
    park: run(park),
    resume: run(resume),
    transfer: run(transfer),
    recycle: run(recycle),
    complete: run(complete),
    noShow: run(noShow),
    markLeft: run(markLeft),
    addNote: run(addNote),
    cancelByVisitor: run(cancelByVisitor),
    signIn: run(signIn),
    startBreak: run(startBreak),
    endBreak: run(endBreak),
    signOut: run(signOut),
    setQueueIntake: run(setQueueIntake),
    closePastDays: () => run(closePastDays)(undefined),
    requestLease: run(requestLease),
    listLeases: (deviceId) => listLeases(context, deviceId),
    handOverOfflineTickets: run(handOverOfflineTickets),
    intake: () => intake(context),
    serviceLevels: (query) => serviceLevels(context, query),
    snapshot: () => queueSnapshot(context),
    displaySnapshot: () => displaySnapshot(context),
    visitorStatus: (statusToken) => visitorStatus(context, statusToken),
    serviceDay: () => today(context),
  };
}
