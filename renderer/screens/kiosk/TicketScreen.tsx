// The ticket: the number in very large type, people ahead, and what to do next (or that the printer failed).
import type { TakeTicketResult } from '../../../machines/contracts/kioskApi.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { Screen } from './Screen.js';

interface TicketScreenProps {
  result: TakeTicketResult;
  send: (event: KioskFlowEvent) => void;
}

export function TicketScreen({ result, send }: TicketScreenProps) {
  const { t } = useText();
  const title = (
    <>
      <span className="ticket__label">{t('ticket.title')}</span>{' '}
      <span className="ticket__number" data-testid="ticket-number">
        {result.ticket.number}
      </span>
    </>
  );
  return (
    <Screen title={title} className="screen--ticket">
      {result.print.ok ? (
        <p className="ticket__print">{t('ticket.printed')}</p>
      ) : (
        <p className="ticket__print ticket__print--failed" role="alert">
          {t('ticket.printFailed')}
        </p>
      )}
      <p className="ticket__ahead">{t('ticket.ahead', { count: result.peopleAhead })}</p>
      <p>{t('ticket.next')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => send({ type: 'visit.restart' })}
      >
        {t('ticket.done')}
      </button>
    </Screen>
  );
}
