// Check your answers: a short summary of the visit with the people ahead and the estimated wait, then the one
// primary action "Get my ticket" — or, when the service has closed meanwhile, why and "Choose another service"
// (closing early: the notice's headline in the visitor's language, or a plain sentence).
import type { Intake } from '../../../machines/contracts/floor.js';
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import type { Needs } from '../../../machines/contracts/ticket.js';
import {
  closingNoticeOf,
  type IssueErrorKind,
  type KioskFlowEvent,
  serviceIntakeOf,
} from '../../../machines/kioskFlow.js';
import { closedLines, waitText } from './intakeText.js';
import { endonym, useText } from './kioskText.js';
import { accessibilityText, interpreterText } from './needsText.js';
import { ClosingEarlyReason } from './notices/noticeWords.js';
import { Screen } from './Screen.js';
import { closingEarlyNoticeId } from './ServiceScreen.js';

interface ConfirmScreenProps {
  serviceId: string | null;
  needs: Needs;
  intake: Intake | null;
  issueError: IssueErrorKind | null;
  timeZone: string;
  /** The notices this kiosk knows, for a closing-early reason. */
  notices?: readonly DeviceNotice[];
  /** Services a showing closing-early notice has stopped by this kiosk's clock (service id → notice id). */
  closedEarly?: Readonly<Record<string, string>>;
  send: (event: KioskFlowEvent) => void;
}

export function ConfirmScreen({
  serviceId,
  needs,
  intake,
  issueError,
  timeZone,
  notices = [],
  closedEarly = {},
  send,
}: ConfirmScreenProps) {
  const text = useText();
  const { t, service, lang } = text;
  const figures = serviceIntakeOf(intake, serviceId);
  const closingId = closingEarlyNoticeId(figures, closedEarly, serviceId);
  const closed = issueError === 'service-closed' || figures?.open === false || closingId !== undefined;
  const rows: [string, string][] = [
    [t('confirm.language'), endonym(lang)],
    [t('confirm.service'), serviceId ? service(`${serviceId}.name`) : ''],
    [t('confirm.interpreter'), interpreterText(text, needs.interpreter) ?? t('confirm.nothing')],
    [t('confirm.accessibility'), accessibilityText(text, needs.accessibility) ?? t('confirm.nothing')],
  ];
  const wait = figures?.open ? waitText(text, figures.estimatedWait) : null;
  if (figures?.open) rows.push([t('confirm.ahead'), t('confirm.aheadValue', { count: figures.peopleAhead })]);
  if (wait !== null) rows.push([t('confirm.wait'), wait]);
  const reasons =
    closed && figures && intake && !figures.open
      ? closedLines(text, figures, intake, timeZone)
      : [t('intake.noMoreToday')];
  return (
    <Screen title={t('confirm.title')} onBack={() => send({ type: 'visit.back' })}>
      <dl className="summary">
        {rows.map(([label, value]) => (
          <div key={label} className="summary__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {closed ? (
        <>
          <div role="alert" className="notice notice--closed" data-testid="service-closed">
            <p className="notice__title">{t('confirm.closed')}</p>
            {closingId !== undefined ? (
              <p>
                <ClosingEarlyReason notice={closingNoticeOf({ notices }, closingId)} />
              </p>
            ) : (
              reasons.map((line) => <p key={line}>{line}</p>)
            )}
          </div>
          <button
            type="button"
            className="button button--primary"
            onClick={() => send({ type: 'service.change' })}
          >
            {t('confirm.chooseOther')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => send({ type: 'visit.confirm' })}
        >
          {t('confirm.submit')}
        </button>
      )}
    </Screen>
  );
}
