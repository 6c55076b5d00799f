// The desk's working area once a counter is chosen: the visitor at this counter with its actions, Call next and
// who is next, finding a ticket, filing a service request, the waiting and parked lists, the counter panel and
// walk-ins. Every action is disabled while a command is in flight or the staff stream is lost (paused, never
// queued). The notices shown to visitors sit above it, in the desk session.
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import type { DeskContext, DeskEvent } from '../../../machines/deskSession.js';
import { type StaffView, waitingTickets } from '../../../machines/queueView.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { type CounterMode, CounterPanel } from './CounterPanel.js';
import { CurrentVisitor } from './CurrentVisitor.js';
import { t } from './deskText.js';
import { FindTicket } from './FindTicket.js';
import { NextPreview } from './NextPreview.js';
import { ParkedList } from './ParkedList.js';
import { ReprintButton } from './ReprintButton.js';
import { FileRequest } from './request/FileRequest.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import type { NextPreview as Preview } from './useNextPreview.js';
import { WaitingList } from './WaitingList.js';
import { WalkInForm } from './WalkInForm.js';

export interface DeskWorkspaceProps {
  site: SiteConfig;
  bridge: HubBridge;
  counterId: string;
  counterName: string;
  session: Pick<DeskContext, 'ticket' | 'error' | 'explanation' | 'counter' | 'parkedAtSignOut'>;
  mode: CounterMode;
  /** A command is in flight. */
  busy: boolean;
  /** The staff stream is lost: the lists are the last ones known and every action is paused. */
  paused: boolean;
  /** Signed in and open (not on a break). */
  open: boolean;
  /** The session allows calling a visitor now (free, or someone called but not yet served). */
  canCall: boolean;
  view: StaffView;
  parked: Ticket[];
  nowMs: number;
  preview: Preview;
  send: (event: DeskEvent) => void;
}

export function DeskWorkspace(props: DeskWorkspaceProps) {
  const { site, bridge, counterId, counterName, session, mode, open, view, parked, send } = props;
  const { ticket, error, explanation, counter, parkedAtSignOut } = session;
  const blocked = props.busy || props.paused;
  const call =
    props.canCall && !blocked ? (ticketId: string) => send({ type: 'call.ticket', ticketId }) : null;
  const go = (event: DeskEvent) => () => send(event);
  const caseOutcome = site.outcomes.find((o) => o.kind === 'case-created');
  return (
    <div className="desk-grid">
      <section className="panel" aria-labelledby="visitor-heading">
        <h2 id="visitor-heading">{t('visitor.heading')}</h2>
        {ticket ? (
          <CurrentVisitor
            key={ticket.id}
            site={site}
            counterId={counterId}
            ticket={ticket}
            busy={blocked}
            problem={error?.kind ?? null}
            explanation={explanation}
            reprint={<ReprintButton bridge={bridge} ticket={ticket} paused={props.paused} />}
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
          aria-disabled={!props.canCall || blocked}
          onClick={() => !blocked && send({ type: 'call.next' })}
        >
          {t('action.callNext')}
        </button>
        {open && (
          <section aria-labelledby="next-heading" className="next">
            <h3 id="next-heading">{t('next.heading')}</h3>
            <NextPreview site={site} preview={props.preview} />
          </section>
        )}
      </section>
      <FindTicket site={site} bridge={bridge} onCall={call} />
      <FileRequest
        site={site}
        bridge={bridge}
        serving={ticket?.status === 'serving' ? ticket : null}
        deskBusy={blocked}
        onCompleteVisit={
          caseOutcome
            ? (detail) => send({ type: 'ticket.complete', outcomeId: caseOutcome.id, detail })
            : null
        }
      />
      <WaitingList
        site={site}
        tickets={view.seq === null ? null : waitingTickets(view)}
        nowMs={props.nowMs}
        onCall={call}
      />
      <ParkedList
        site={site}
        tickets={parked}
        busy={blocked}
        onResume={(ticketId) => send({ type: 'ticket.resume', ticketId })}
      />
      <CounterPanel
        counterName={counterName}
        mode={mode}
        counter={counter}
        busy={blocked}
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
      {open && <WalkInForm site={site} busy={blocked} onStart={(visit) => send({ type: 'walkIn', visit })} />}
      <ShortcutHelp />
    </div>
  );
}
