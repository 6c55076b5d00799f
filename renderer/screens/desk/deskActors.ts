// The desk machine's hub commands, carried out over the hub bridge (one typed route per command kind).
import { fromPromise } from 'xstate';
import type { DeskCommand, HubCommandInput, HubCommandOutput } from '../../../machines/deskSession.js';
import { deskSessionMachine } from '../../../machines/deskSession.js';
import type { HubBridge } from '../../bridge/hubBridge.js';

const none: HubCommandOutput = { ticket: null, counter: null, explanation: null };

/** Runs one desk command at `counterId` and returns what the hub changed. */
export async function runDeskCommand(
  bridge: HubBridge,
  counterId: string,
  command: DeskCommand,
): Promise<HubCommandOutput> {
  const atCounter = { params: { counterId } };
  const onTicket = (ticketId: string) => ({ params: { ticketId } });
  const ticket = (result: { ticket: HubCommandOutput['ticket'] }) => ({ ...none, ticket: result.ticket });
  const counter = (result: { counter: HubCommandOutput['counter'] }) => ({
    ...none,
    counter: result.counter,
  });
  switch (command.kind) {
    case 'signIn':
      return counter(await bridge.call('counterSignIn', { ...atCounter, body: {} }));
    case 'signOut':
      return counter(await bridge.call('counterSignOut', { ...atCounter, body: {} }));
    case 'startBreak':
      return counter(await bridge.call('counterBreak', { ...atCounter, body: { reason: command.reason } }));
    case 'endBreak':
      return counter(await bridge.call('counterBack', { ...atCounter, body: {} }));
    case 'callNext': {
      const result = await bridge.call('callNext', { ...atCounter, body: { requestId: command.requestId } });
      return { ...none, ticket: result.ticket, explanation: result.explanation };
    }
    case 'callTicket':
      return ticket(
        await bridge.call('callTicket', {
          ...atCounter,
          body: { ticketId: command.ticketId, requestId: command.requestId },
        }),
      );
    case 'walkIn':
      return ticket(
        await bridge.call('walkIn', {
          ...atCounter,
          body: { requestId: command.requestId, ...command.visit },
        }),
      );
    case 'recall':
      return ticket(await bridge.call('recall', { ...onTicket(command.ticketId), body: { counterId } }));
    case 'arrive':
      return ticket(await bridge.call('arrive', { ...onTicket(command.ticketId), body: {} }));
    case 'park':
      return ticket(await bridge.call('park', { ...onTicket(command.ticketId), body: {} }));
    case 'resume':
      return ticket(await bridge.call('resume', { ...onTicket(command.ticketId), body: { counterId } }));
    case 'transfer': {
      const { serviceId, targetCounterId, placement } = command;
      const body = {
        placement,
        ...(serviceId ? { serviceId } : {}),
        ...(targetCounterId ? { counterId: targetCounterId } : {}),
      };
      return ticket(await bridge.call('transfer', { ...onTicket(command.ticketId), body }));
    }
    case 'recycle':
      return ticket(
        await bridge.call('recycle', {
          ...onTicket(command.ticketId),
          body: { placement: command.placement },
        }),
      );
    case 'complete': {
      const body = { outcomeId: command.outcomeId, ...(command.detail ? { detail: command.detail } : {}) };
      return ticket(await bridge.call('complete', { ...onTicket(command.ticketId), body }));
    }
    case 'noShow':
      return ticket(await bridge.call('noShow', { ...onTicket(command.ticketId), body: {} }));
    case 'left':
      return ticket(await bridge.call('markLeft', { ...onTicket(command.ticketId), body: {} }));
    case 'note':
      return ticket(
        await bridge.call('addNote', { ...onTicket(command.ticketId), body: { text: command.text } }),
      );
  }
}

export function deskMachineFor(bridge: HubBridge) {
  return deskSessionMachine.provide({
    actors: {
      hubCommand: fromPromise<HubCommandOutput, HubCommandInput>(({ input }) =>
        runDeskCommand(bridge, input.counterId, input.command),
      ),
    },
  });
}
