// The ticket: the number in very large type, people ahead, and what to do next. When nothing printed, the
// "remember your number" variant: the number even larger, what to do without paper, and kiosks that can print.
// A ticket issued while the hub was unreachable reads like any other (nothing alarming for the visitor); without a
// recent picture of the queue it shows no "people ahead" line.
import type { TakeTicketResult } from '../../../machines/contracts/kioskApi.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { Screen } from './Screen.js';
import { otherKiosksHint } from './statusText.js';

interface TicketScreenProps {
  result: TakeTicketResult;
  /** Other kiosks that can print now (shown when this ticket did not print). */
  otherKiosks: readonly string[];
  send: (event: KioskFlowEvent) => void;
}

export function TicketScreen({ result, otherKiosks, send }: TicketScreenProps) {
  const text = useText();
  const { t } = text;
  const printed = result.print.ok;
  const number = result.ticket.number;
  const ahead = result.peopleAhead;
  const next = ahead === null ? t('ticket.nextNoFigures') : t('ticket.next');
  const title = (
    <>
      <span className="ticket__label">{t('ticket.title')}</span>{' '}
      {/* dir="ltr": the number reads left to right, isolated, inside a right-to-left screen. */}
      <span className="ticket__number" dir="ltr" data-speak-as="spell-out" data-testid="ticket-number">
        {number}
      </span>
    </>
  );
  const hint = printed ? null : otherKiosksHint(text, otherKiosks);
  const speak = printed
    ? undefined
    : [`${t('ticket.title')} ${number}.`, t('ticket.remember'), t('ticket.shownAndCalled')].join(' ');
  return (
    <Screen
      title={title}
      className={printed ? 'screen--ticket' : 'screen--ticket screen--remember'}
      testId={printed ? 'ticket' : 'remember-number'}
      speak={speak}
      offline={result.offline}
    >
      {printed ? (
        <p className="ticket__print">{t('ticket.printed')}</p>
      ) : (
        <p className="ticket__remember" role="alert">
          {t('ticket.remember')}
        </p>
      )}
      {ahead !== null && <p className="ticket__ahead">{t('ticket.ahead', { count: ahead })}</p>}
      <p>{printed ? next : t('ticket.shownAndCalled')}</p>
      {hint !== null && <p className="ticket__hint">{hint}</p>}
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
