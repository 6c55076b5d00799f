// The desk once the site is loaded: counter choice and session, the visitor at this counter, who is next,
// finding a ticket by number or scan, the waiting and parked lists, walk-ins, keyboard shortcuts, announcements
// and focus after each action.
import { useMachine } from '@xstate/react';
import { type ReactNode, useEffect, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { DeskEvent } from '../../../machines/deskSession.js';
import {
  counterState,
  parkedAtCounter,
  ticketAtCounter,
  waitingTickets,
} from '../../../machines/queueView.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { StaffHeader } from '../../shared/StaffHeader.js';
import { useNow } from '../../shared/useNow.js';
import { useStaffStream } from '../../shared/useStaffStream.js';
import { type CounterMode, CounterPanel } from './CounterPanel.js';
import { CounterPicker } from './CounterPicker.js';
import { CurrentVisitor } from './CurrentVisitor.js';
import { deskMachineFor } from './deskActors.js';
import {
  connectionText,
  errorText,
  focusAfter,
  focusById,
  focusOnError,
  noticeText,
} from './deskFeedback.js';
import { rememberCounter, rememberedCounter, t } from './deskText.js';
import { FindTicket } from './FindTicket.js';
import { NextPreview } from './NextPreview.js';
import { newRequestId } from './newRequestId.js';
import { ParkedList } from './ParkedList.js';
import { ReprintButton } from './ReprintButton.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { useDeskShortcuts } from './useDeskShortcuts.js';
import { useNextPreview } from './useNextPreview.js';
import { WaitingList } from './WaitingList.js';
import { WalkInForm } from './WalkInForm.js';

interface Props {
  site: SiteConfig;
  bridge: HubBridge;
  clockOffset: number;
  /** The signed-in staff member's user id (counters are signed in per user). */
  userId: string;
  /** The signed-in person with Sign out (from the sign-in gate). */
  account: ReactNode;
}

export function DeskSession({ site, bridge, clockOffset, userId, account }: Props) {
  const [machine] = useState(() => deskMachineFor(bridge));
  const [snapshot, send] = useMachine(machine, {
    input: { counterId: rememberedCounter(site), userId, rules: site, newRequestId },
  });
  const { view, connection } = useStaffStream(bridge);
  const now = useNow(15_000) + clockOffset;
  const { counterId, ticket, error, notice, counter, explanation, parkedAtSignOut } = snapshot.context;
  const counterConfig = site.counters.find((c) => c.id === counterId) ?? null;
  const busy = snapshot.matches('working');
  const open = snapshot.matches('open');
  const canCall = snapshot.matches({ open: 'free' }) || snapshot.matches({ open: 'called' });
  const parked = counterId === null ? [] : parkedAtCounter(view, counterId);

  useEffect(() => {
    if (counterId === null || view.seq === null) return;
    send({
      type: 'view.changed',
      counterId,
      seq: view.seq,
      counter: counterState(view, counterId),
      ticket: ticketAtCounter(view, counterId),
    });
  }, [view, counterId, send]);

  useEffect(() => {
    if (notice) focusById(focusAfter[notice.kind]);
  }, [notice]);
  useEffect(() => {
    if (error) focusById(focusOnError[error.kind]);
  }, [error]);
  const confirming = snapshot.matches('confirmingSignOut');
  useEffect(() => {
    if (confirming) focusById('sign-out-warning');
  }, [confirming]);

  const preview = useNextPreview(bridge, open ? counterId : null, view.seq);
  const go = (event: DeskEvent) => () => send(event);
  useDeskShortcuts({
    n: go({ type: 'call.next' }),
    r: go({ type: 'ticket.recall' }),
    a: go({ type: 'ticket.arrive' }),
    x: go({ type: 'ticket.noShow' }),
    l: go({ type: 'ticket.left' }),
    p: go({ type: 'ticket.park' }),
    t: () => focusById('transfer-service'),
    y: () => focusById('recycle-placement-original'),
    o: () => focusById('outcome-select'),
    e: () => focusById('note-text'),
    w: () => focusById('walkin-service'),
    b: () => focusById('break-reason'),
    k: go({ type: 'counter.back' }),
    f: () => focusById('find-ticket'),
  });

  const choosing =
    snapshot.matches('choosingCounter') || (busy && counter === null && snapshot.context.seen === null);
  const mode: CounterMode = snapshot.matches('connecting')
    ? 'connecting'
    : snapshot.matches('signedOut')
      ? 'signedOut'
      : snapshot.matches('onBreak')
        ? 'onBreak'
        : confirming
          ? 'confirmingSignOut'
          : 'open';

  const choose = (id: string) => {
    rememberCounter(id);
    send({ type: 'counter.chosen', counterId: id });
  };

  return (
    <>
      <StaffHeader
        screen={`${t('title')} · ${site.site.name}`}
        heading={counterConfig && !choosing ? `${t('title')}: ${counterConfig.name}` : t('title')}
        account={account}
      />
      <main className="staff-main">
        <p className={`connection connection--${connection}`}>
          <span className="connection__label">{t('connection.label')}:</span> {connectionText(connection)}
        </p>
        <div role="status" className="notice" data-testid="desk-status">
          {busy ? t('action.busy') : notice ? noticeText(notice) : ''}
        </div>
        <div role="alert" className={error ? 'error-summary' : ''} data-testid="desk-error">
          {error ? errorText(error) : ''}
        </div>
        {choosing || counterId === null ? (
          <CounterPicker
            site={site}
            initialCounterId={counterId}
            counters={view.counters}
            busy={busy}
            onChoose={choose}
          />
        ) : (
          <div className="desk-grid">
            <section className="panel" aria-labelledby="visitor-heading">
              <h2 id="visitor-heading">{t('visitor.heading')}</h2>
              {ticket ? (
                <CurrentVisitor
                  key={ticket.id}
                  site={site}
                  counterId={counterId}
                  ticket={ticket}
                  busy={busy}
                  problem={error?.kind ?? null}
                  explanation={explanation}
                  reprint={<ReprintButton bridge={bridge} ticket={ticket} />}
                  on={{
                    recall: go({ type: 'ticket.recall' }),
                    arrive: go({ type: 'ticket.arrive' }),
                    noShow: go({ type: 'ticket.noShow' }),
                    left: go({ type: 'ticket.left' }),
                    park: go({ type: 'ticket.park' }),
                    transfer: (serviceId, target, placement) =>
                      send({ type: 'ticket.transfer', serviceId, counterId: target, placement }),
                    recycle: (placement) => send({ type: 'ticket.recycle', placement }),
                    complete: (outcomeId, detail) => send({ type: 'ticket.complete', outcomeId, detail }),
                    note: (text) => send({ type: 'ticket.note', ticketId: ticket.id, text }),
                  }}
                />
              ) : (
                <p>{t('visitor.none')}</p>
              )}
              <button
                id="call-next"
                type="button"
                className="button button--primary button--large"
                aria-disabled={!canCall || busy}
                onClick={() => !busy && send({ type: 'call.next' })}
              >
                {t('action.callNext')}
              </button>
              {open && (
                <section aria-labelledby="next-heading" className="next">
                  <h3 id="next-heading">{t('next.heading')}</h3>
                  <NextPreview site={site} preview={preview} />
                </section>
              )}
            </section>
            <FindTicket
              site={site}
              bridge={bridge}
              onCall={canCall && !busy ? (ticketId) => send({ type: 'call.ticket', ticketId }) : null}
            />
            <WaitingList
              site={site}
              tickets={view.seq === null ? null : waitingTickets(view)}
              nowMs={now}
              onCall={canCall && !busy ? (ticketId) => send({ type: 'call.ticket', ticketId }) : null}
            />
            <ParkedList
              site={site}
              tickets={parked}
              busy={busy}
              onResume={(ticketId) => send({ type: 'ticket.resume', ticketId })}
            />
            <CounterPanel
              counterName={counterConfig?.name ?? counterId}
              mode={mode}
              counter={counter}
              busy={busy}
              servingNumber={ticket?.status === 'serving' ? ticket.number : null}
              parkedCount={parkedAtSignOut}
              on={{
                signIn: go({ type: 'counter.signIn' }),
                startBreak: (reason) => send({ type: 'counter.break', reason }),
                back: go({ type: 'counter.back' }),
                signOut: () => send({ type: 'counter.signOut', parkedCount: parked.length }),
                confirmSignOut: go({ type: 'signOut.confirm' }),
                cancelSignOut: go({ type: 'signOut.cancel' }),
                change: go({ type: 'counter.change' }),
              }}
            />
            {open && (
              <WalkInForm site={site} busy={busy} onStart={(visit) => send({ type: 'walkIn', visit })} />
            )}
            <ShortcutHelp />
          </div>
        )}
      </main>
    </>
  );
}
