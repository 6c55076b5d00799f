// Each desk command goes to its hub route with the right path parameters and body, and returns what changed.
import { describe, expect, it } from 'vitest';
import type { DeskCommand } from '../../../../machines/deskSession.js';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import { runDeskCommand } from '../../../../renderer/screens/desk/deskActors.js';
import { ticket } from './deskFixtures.js';

const counter = {
  counterId: 'counter-2',
  status: 'open' as const,
  staffUserId: null,
  staffName: null,
  since: null,
  breakReason: null,
};

/** A bridge that records each call and answers with a ticket and a counter (the route's shape is not checked). */
function recordingBridge() {
  const calls: { route: string; args: unknown }[] = [];
  const bridge = {
    call: async (route: string, args: unknown) => {
      calls.push({ route, args });
      return { ticket: ticket(), counter, explanation: null };
    },
  } as unknown as HubBridge; // only `call` is used by runDeskCommand
  return { bridge, calls };
}

const tid = ticket().id;
const cases: [DeskCommand, string, unknown][] = [
  [{ kind: 'signIn' }, 'counterSignIn', { params: { counterId: 'counter-2' }, body: {} }],
  [{ kind: 'signOut' }, 'counterSignOut', { params: { counterId: 'counter-2' }, body: {} }],
  [
    { kind: 'startBreak', reason: 'meal' },
    'counterBreak',
    { params: { counterId: 'counter-2' }, body: { reason: 'meal' } },
  ],
  [{ kind: 'endBreak' }, 'counterBack', { params: { counterId: 'counter-2' }, body: {} }],
  [
    { kind: 'callNext', requestId: 'r1' },
    'callNext',
    { params: { counterId: 'counter-2' }, body: { requestId: 'r1' } },
  ],
  [
    { kind: 'callTicket', ticketId: tid, requestId: 'r2' },
    'callTicket',
    { params: { counterId: 'counter-2' }, body: { ticketId: tid, requestId: 'r2' } },
  ],
  [
    { kind: 'recall', ticketId: tid },
    'recall',
    { params: { ticketId: tid }, body: { counterId: 'counter-2' } },
  ],
  [{ kind: 'arrive', ticketId: tid }, 'arrive', { params: { ticketId: tid }, body: {} }],
  [{ kind: 'park', ticketId: tid }, 'park', { params: { ticketId: tid }, body: {} }],
  [
    { kind: 'resume', ticketId: tid },
    'resume',
    { params: { ticketId: tid }, body: { counterId: 'counter-2' } },
  ],
  [
    { kind: 'transfer', ticketId: tid, serviceId: 'permits', placement: 'front' },
    'transfer',
    { params: { ticketId: tid }, body: { placement: 'front', serviceId: 'permits' } },
  ],
  [
    { kind: 'transfer', ticketId: tid, targetCounterId: 'counter-5', placement: 'end' },
    'transfer',
    { params: { ticketId: tid }, body: { placement: 'end', counterId: 'counter-5' } },
  ],
  [
    { kind: 'recycle', ticketId: tid, placement: 'original' },
    'recycle',
    { params: { ticketId: tid }, body: { placement: 'original' } },
  ],
  [
    { kind: 'complete', ticketId: tid, outcomeId: 'referred', detail: 'water' },
    'complete',
    { params: { ticketId: tid }, body: { outcomeId: 'referred', detail: 'water' } },
  ],
  [
    { kind: 'complete', ticketId: tid, outcomeId: 'resolved' },
    'complete',
    { params: { ticketId: tid }, body: { outcomeId: 'resolved' } },
  ],
  [{ kind: 'noShow', ticketId: tid }, 'noShow', { params: { ticketId: tid }, body: {} }],
  [{ kind: 'left', ticketId: tid }, 'markLeft', { params: { ticketId: tid }, body: {} }],
  [
    { kind: 'note', ticketId: tid, text: 'hi' },
    'addNote',
    { params: { ticketId: tid }, body: { text: 'hi' } },
  ],
];

describe('runDeskCommand', () => {
  it.each(cases)('%j goes to %s', async (command, route, args) => {
    const { bridge, calls } = recordingBridge();
    await runDeskCommand(bridge, 'counter-2', command);
    expect(calls).toEqual([{ route, args }]);
  });

  it('sends a walk-in with its request id and visit, and returns the ticket', async () => {
    const { bridge, calls } = recordingBridge();
    const visit = { serviceId: 'housing', language: 'vi', needs: { interpreter: null, accessibility: [] } };
    const out = await runDeskCommand(bridge, 'counter-2', { kind: 'walkIn', requestId: 'r3', visit });
    expect(calls).toEqual([
      { route: 'walkIn', args: { params: { counterId: 'counter-2' }, body: { requestId: 'r3', ...visit } } },
    ]);
    expect(out).toEqual({ ticket: ticket(), counter: null, explanation: null });
  });

  it('returns the counter, not a ticket, for counter commands', async () => {
    const { bridge } = recordingBridge();
    expect(await runDeskCommand(bridge, 'counter-2', { kind: 'signIn' })).toEqual({
      ticket: null,
      counter,
      explanation: null,
    });
  });
});
