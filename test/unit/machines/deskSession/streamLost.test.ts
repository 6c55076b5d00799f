// The desk session while its staff stream is lost: every hub command is paused (dropped, never queued or
// replayed), the held visitor and counter are kept, and presses work again once the stream is restored.
import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../../machines/deskSession.js';
import { answer, counter, openDesk, ticket } from './deskHarness.js';

const called = ticket();

describe('stream lost', () => {
  it('drops every press while lost, keeps what the desk holds, and sends nothing when the stream returns', () => {
    const h = openDesk();
    h.stream(counter('open'), called);
    h.send({ type: 'stream.lost' });
    const presses: DeskEvent[] = [
      { type: 'call.next' },
      { type: 'call.ticket', ticketId: called.id },
      { type: 'ticket.recall' },
      { type: 'ticket.arrive' },
      { type: 'ticket.noShow' },
      { type: 'ticket.left' },
      { type: 'ticket.complete', outcomeId: 'resolved', detail: '' },
      { type: 'ticket.transfer', serviceId: 'permits', counterId: null, placement: 'original' },
      { type: 'ticket.recycle', placement: 'original' },
      { type: 'ticket.note', ticketId: called.id, text: 'Brought documents' },
      { type: 'counter.signOut', parkedCount: 0 },
    ];
    for (const press of presses) {
      h.send(press);
      expect(h.state().value, press.type).toEqual({ open: 'called' });
    }
    const s = h.state();
    expect(s.context.streamLost).toBe(true);
    expect(s.context.ticket?.number).toBe('A042');
    expect(s.context.command).toBeNull();
    expect(s.context.error).toBeNull();

    h.send({ type: 'stream.restored' });
    expect(h.state().context.streamLost).toBe(false);
    expect(h.state().value).toEqual({ open: 'called' });
    expect(h.commands).toEqual([]);
  });

  it('pauses Call next at a free counter and runs it normally once restored', async () => {
    const h = openDesk([() => answer({ ticket: called })]);
    h.send({ type: 'stream.lost' });
    h.send({ type: 'call.next' });
    expect(h.state().value).toEqual({ open: 'free' });
    h.send({ type: 'stream.restored' });
    h.send({ type: 'call.next' });
    expect(h.state().value).toBe('working');
    const s = await h.settled();
    expect(h.commands).toEqual([{ kind: 'callNext', requestId: 'request-1' }]);
    expect(s.context.ticket?.number).toBe('A042');
  });

  it('lets a command already in flight finish, and adopts the fresh snapshot after the stream returns', async () => {
    const h = openDesk([() => answer({ ticket: called })]);
    h.send({ type: 'call.next' });
    h.send({ type: 'stream.lost' });
    let s = await h.settled();
    expect(s.value).toEqual({ open: 'called' });
    h.send({ type: 'stream.restored' });
    h.stream(counter('open'), null);
    s = h.state();
    expect(s.value).toEqual({ open: 'free' });
    expect(s.context.ticket).toBeNull();
  });

  it('pauses signing in and choosing a counter too', () => {
    const h = openDesk();
    h.stream(counter('closed'));
    expect(h.state().value).toBe('signedOut');
    h.send({ type: 'stream.lost' });
    h.send({ type: 'counter.signIn' });
    expect(h.state().value).toBe('signedOut');
    expect(h.commands).toEqual([]);
  });
});
