// The desk once the site is loaded: counter choice, then the visitor at this counter and the waiting list.
import { useMachine } from '@xstate/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { DeskError, DeskNotice } from '../../../machines/deskSession.js';
import { ticketAtCounter, waitingTickets } from '../../../machines/queueView.js';
import type { ConnectionState, HubBridge } from '../../bridge/hubBridge.js';
import { StaffHeader } from '../../shared/StaffHeader.js';
import { useNow } from '../../shared/useNow.js';
import { useStaffStream } from '../../shared/useStaffStream.js';
import { CounterPicker } from './CounterPicker.js';
import { CurrentVisitor } from './CurrentVisitor.js';
import { deskMachineFor } from './deskActors.js';
import { rememberCounter, rememberedCounter, t } from './deskText.js';
import { newRequestId } from './newRequestId.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { useDeskShortcuts } from './useDeskShortcuts.js';
import { WaitingList } from './WaitingList.js';

const busyStates = ['calling', 'recalling', 'markingNoShow', 'completing'] as const;

function errorText(error: DeskError): string {
  if (error.kind === 'failed') {
    return error.message ? t('error.failedWithReason', { reason: error.message }) : t('error.failed');
  }
  return t(`error.${error.kind}`);
}

const noticeText = (notice: DeskNotice): string =>
  t(`notice.${notice.kind}`, { ticket: notice.ticketNumber });

function connectionText(state: ConnectionState): string {
  return t(`connection.${state}`);
}

export function DeskSession({
  site,
  bridge,
  clockOffset,
  account,
}: {
  site: SiteConfig;
  bridge: HubBridge;
  clockOffset: number;
  /** The signed-in person with Sign out (from the sign-in gate). */
  account: ReactNode;
}) {
  const [machine] = useState(() => deskMachineFor(bridge));
  const [snapshot, send] = useMachine(machine, {
    input: { counterId: rememberedCounter(site), newRequestId },
  });
  const { view, connection } = useStaffStream(bridge);
  const now = useNow(15_000) + clockOffset;
  const callNextRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLSelectElement>(null);
  const resumeChecked = useRef<string | null>(null);

  const { counterId, ticket, error, notice } = snapshot.context;
  const counter = site.counters.find((c) => c.id === counterId) ?? null;
  const choosing = snapshot.matches('choosingCounter');
  const busy = busyStates.some((s) => snapshot.matches(s));
  const serving = ticket !== null && !snapshot.matches('idle');

  useEffect(() => {
    if (!snapshot.matches('idle') || counterId === null || view.seq === null) return;
    if (resumeChecked.current === counterId) return;
    resumeChecked.current = counterId;
    const mine = ticketAtCounter(view, counterId);
    if (mine) send({ type: 'serving.resumed', ticket: mine });
  }, [snapshot, counterId, view, send]);

  const idle = snapshot.matches('idle');
  useEffect(() => {
    if (idle && document.activeElement === document.body) callNextRef.current?.focus();
  }, [idle]);

  const canCall = snapshot.matches('idle');
  const canAct = snapshot.matches('serving');
  useDeskShortcuts({
    n: () => canCall && send({ type: 'call.next' }),
    r: () => canAct && send({ type: 'ticket.recall' }),
    x: () => canAct && send({ type: 'ticket.noShow' }),
    o: () => outcomeRef.current?.focus(),
  });

  const choose = (id: string) => {
    rememberCounter(id);
    send({ type: 'counter.chosen', counterId: id });
  };

  return (
    <>
      <StaffHeader
        screen={`${t('title')} · ${site.site.name}`}
        heading={counter && !choosing ? `${t('title')}: ${counter.name}` : t('title')}
        account={account}
      />
      <main className="staff-main">
        <p className={`connection connection--${connection}`}>
          <span className="connection__label">{t('connection.label')}:</span> {connectionText(connection)}
        </p>
        <div role="status" className="notice" data-testid="desk-status">
          {busy ? t('action.busy') : notice ? noticeText(notice) : ''}
        </div>
        <div role="alert" className={error && error.kind !== 'outcome-required' ? 'error-summary' : ''}>
          {error && error.kind !== 'outcome-required' ? errorText(error) : ''}
        </div>
        {choosing ? (
          <CounterPicker site={site} initialCounterId={counterId} onChoose={choose} />
        ) : (
          <div className="desk-grid">
            <section className="panel">
              <h2 id="visitor-heading">{t('visitor.heading')}</h2>
              {serving && ticket ? (
                <CurrentVisitor
                  key={ticket.id}
                  site={site}
                  ticket={ticket}
                  busy={busy}
                  outcomeMissing={error?.kind === 'outcome-required'}
                  outcomeRef={outcomeRef}
                  onRecall={() => send({ type: 'ticket.recall' })}
                  onNoShow={() => send({ type: 'ticket.noShow' })}
                  onComplete={(outcomeId) => send({ type: 'ticket.complete', outcomeId })}
                />
              ) : (
                <p>{t('visitor.none')}</p>
              )}
              <button
                ref={callNextRef}
                type="button"
                className="button button--primary button--large"
                aria-disabled={!canCall}
                onClick={() => canCall && send({ type: 'call.next' })}
              >
                {t('action.callNext')}
              </button>
            </section>
            <WaitingList site={site} tickets={view.seq === null ? null : waitingTickets(view)} nowMs={now} />
            <section className="panel panel--quiet">
              <h2 id="session-heading">{t('counter.current', { counter: counter?.name ?? '' })}</h2>
              <button type="button" className="button" onClick={() => send({ type: 'counter.change' })}>
                {t('counter.change')}
              </button>
            </section>
            <ShortcutHelp />
          </div>
        )}
      </main>
    </>
  );
}
