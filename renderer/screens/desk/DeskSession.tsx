// The desk once the site is loaded: counter choice and session, the visitor at this counter, who is next,
// finding a ticket by number or scan, the waiting and parked lists, walk-ins, keyboard shortcuts, announcements
// (new tickets in their own live region) and focus after each action. When the staff stream drops, a banner
// says so at once, the last list stays on screen and actions pause (the desk session drops presses, never
// queues them) until a fresh snapshot arrives.
import { useMachine } from '@xstate/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { DeskEvent } from '../../../machines/deskSession.js';
import { counterState, parkedAtCounter, ticketAtCounter } from '../../../machines/queueView.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { StaffHeader } from '../../shared/StaffHeader.js';
import { useNow } from '../../shared/useNow.js';
import { useStaffStream } from '../../shared/useStaffStream.js';
import { ArrivalsAnnouncer } from './ArrivalsAnnouncer.js';
import type { CounterMode } from './CounterPanel.js';
import { CounterPicker } from './CounterPicker.js';
import { DeskWorkspace } from './DeskWorkspace.js';
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
import { NoticesBanner } from './NoticesBanner.js';
import { newRequestId } from './newRequestId.js';
import { focusRequestForm } from './request/FileRequest.js';
import { StreamLostBanner } from './StreamLostBanner.js';
import { useDeskShortcuts } from './useDeskShortcuts.js';
import { useNextPreview } from './useNextPreview.js';

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
  const { view, connection, lost } = useStaffStream(bridge);
  const now = useNow(15_000) + clockOffset;
  const { counterId, error, notice, counter, streamLost: paused } = snapshot.context;
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
    send({ type: lost ? 'stream.lost' : 'stream.restored' });
  }, [lost, send]);

  useEffect(() => {
    if (notice) focusById(focusAfter[notice.kind]);
  }, [notice]);
  useEffect(() => {
    if (error) focusById(focusOnError[error.kind]);
  }, [error]);
  const confirming = snapshot.matches('confirmingSignOut');
  const wasConfirming = useRef(false);
  useEffect(() => {
    // The warning takes focus; cancelled (not signing out, so no command runs), focus returns to Sign out.
    if (confirming) focusById('sign-out-warning');
    else if (wasConfirming.current && !busy) focusById('counter-sign-out');
    wasConfirming.current = confirming;
  }, [confirming, busy]);

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
    c: focusRequestForm,
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
        <StreamLostBanner lost={lost || paused} />
        <div role="status" className="notice" data-testid="desk-status">
          {busy ? t('action.busy') : notice ? noticeText(notice) : ''}
        </div>
        <div role="alert" className={error ? 'error-summary' : ''} data-testid="desk-error">
          {error ? errorText(error) : ''}
        </div>
        <ArrivalsAnnouncer site={site} view={view} />
        <NoticesBanner bridge={bridge} nowMs={now} timeZone={site.site.timeZone} />
        {choosing || counterId === null ? (
          <CounterPicker
            site={site}
            initialCounterId={counterId}
            counters={view.counters}
            busy={busy || paused}
            onChoose={choose}
          />
        ) : (
          <DeskWorkspace
            site={site}
            bridge={bridge}
            counterId={counterId}
            counterName={counterConfig?.name ?? counterId}
            session={snapshot.context}
            mode={mode}
            busy={busy}
            paused={paused}
            open={open}
            canCall={canCall}
            view={view}
            parked={parked}
            nowMs={now}
            preview={preview}
            send={send}
          />
        )}
      </main>
    </>
  );
}
