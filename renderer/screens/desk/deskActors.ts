// The desk machine's hub commands, implemented over the hub bridge.
import { fromPromise } from 'xstate';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import {
  type CallNextInput,
  type CompleteInput,
  deskSessionMachine,
  type NoShowInput,
  type RecallInput,
} from '../../../machines/deskSession.js';
import type { HubBridge } from '../../bridge/hubBridge.js';

export function deskMachineFor(bridge: HubBridge) {
  return deskSessionMachine.provide({
    actors: {
      callNext: fromPromise<Ticket, CallNextInput>(async ({ input }) => {
        const result = await bridge.call('callNext', {
          params: { counterId: input.counterId },
          body: { requestId: input.requestId },
        });
        return result.ticket;
      }),
      recall: fromPromise<Ticket, RecallInput>(async ({ input }) => {
        const result = await bridge.call('recall', {
          params: { ticketId: input.ticketId },
          body: { counterId: input.counterId },
        });
        return result.ticket;
      }),
      noShow: fromPromise<Ticket, NoShowInput>(async ({ input }) => {
        const result = await bridge.call('noShow', { params: { ticketId: input.ticketId }, body: {} });
        return result.ticket;
      }),
      complete: fromPromise<Ticket, CompleteInput>(async ({ input }) => {
        const result = await bridge.call('complete', {
          params: { ticketId: input.ticketId },
          body: { outcomeId: input.outcomeId },
        });
        return result.ticket;
      }),
    },
  });
}
