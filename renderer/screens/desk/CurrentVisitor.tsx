// The visitor at this counter: needs first, then ticket facts and calls so far, and the actions for the stage
// (called: Recall, Visitor arrived, No-show; serving: Park), with Transfer, Back to queue, Complete and notes.
import type { ReactNode } from 'react';
import type { NextExplanation } from '../../../machines/contracts/floor.js';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Placement, Ticket } from '../../../machines/contracts/ticket.js';
import type { DeskErrorKind } from '../../../machines/deskSession.js';
import { CompleteForm } from './CompleteForm.js';
import { t } from './deskText.js';
import { RecycleForm, TransferForm } from './MoveForms.js';
import { NeedsBadges } from './NeedsBadges.js';
import { nextReason } from './nextExplanationText.js';
import { languageName, serviceName } from './ticketFacts.js';
import { VisitNotes } from './VisitNotes.js';

export interface VisitorActions {
  recall: () => void;
  arrive: () => void;
  noShow: () => void;
  left: () => void;
  park: () => void;
  transfer: (serviceId: string | null, counterId: string | null, placement: Placement) => void;
  recycle: (placement: Placement) => void;
  complete: (outcomeId: string, detail: string) => void;
  note: (text: string) => void;
}

interface Props {
  site: SiteConfig;
  counterId: string;
  ticket: Ticket;
  busy: boolean;
  /** The desk's complaint about the last press, if any (marks the field it is about). */
  problem: DeskErrorKind | null;
  /** Why Call next picked this visitor, when it did. */
  explanation: NextExplanation | null;
  on: VisitorActions;
  /** "Reprint ticket" with its result, under the stage's buttons. */
  reprint?: ReactNode;
}

export function CurrentVisitor({ site, counterId, ticket, busy, problem, explanation, on, reprint }: Props) {
  const guard = (action: () => void) => () => {
    if (!busy) action();
  };
  const called = ticket.status === 'called';
  const className =
    site.policy.classes.find((c) => c.id === ticket.priorityClass)?.name ?? ticket.priorityClass;
  const why = explanation?.ticketId === ticket.id ? nextReason(explanation, site, t) : '';
  return (
    <div className="visitor">
      <div className="visitor__needs" data-testid="visitor-needs">
        <span className="visually-hidden">{t('visitor.needs')}: </span>
        <NeedsBadges ticket={ticket} />
      </div>
      <p className="visitor__label">{t('visitor.ticket')}</p>
      <h3 id="current-visitor" className="visitor__number" tabIndex={-1} data-testid="current-ticket">
        {ticket.number}
      </h3>
      <p className="visitor__status" data-testid="visitor-status">
        {t(`visitor.status.${called ? 'called' : 'serving'}`)}
      </p>
      <dl className="facts">
        <dt>{t('visitor.service')}</dt>
        <dd>{serviceName(site, ticket.serviceId)}</dd>
        <dt>{t('visitor.language')}</dt>
        <dd>{languageName(ticket.language)}</dd>
        <dt>{t('visitor.priority')}</dt>
        <dd>{className}</dd>
      </dl>
      <p className="muted" data-testid="call-count">
        {t('visitor.calls', { count: ticket.callCount, max: site.policy.maxCalls })}
      </p>
      {why && <p className="muted">{t('visitor.why', { reason: why })}</p>}
      <div className="button-row">
        {called ? (
          <>
            <button
              type="button"
              className="button button--primary"
              aria-disabled={busy}
              onClick={guard(on.arrive)}
            >
              {t('action.arrive')}
            </button>
            <button type="button" className="button" aria-disabled={busy} onClick={guard(on.recall)}>
              {t('action.recall')}
            </button>
            <button type="button" className="button" aria-disabled={busy} onClick={guard(on.noShow)}>
              {t('action.noShow')}
            </button>
          </>
        ) : (
          <button type="button" className="button" aria-disabled={busy} onClick={guard(on.park)}>
            {t('action.park')}
          </button>
        )}
        <button type="button" className="button" aria-disabled={busy} onClick={guard(on.left)}>
          {t('action.left')}
        </button>
      </div>
      {reprint}
      <CompleteForm site={site} busy={busy} problem={problem} onComplete={on.complete} />
      <TransferForm
        site={site}
        counterId={counterId}
        busy={busy}
        invalid={problem === 'transfer-target-required'}
        onTransfer={on.transfer}
      />
      <RecycleForm busy={busy} onRecycle={on.recycle} />
      <VisitNotes
        site={site}
        ticket={ticket}
        busy={busy}
        invalid={problem === 'note-required'}
        onAdd={on.note}
      />
    </div>
  );
}
