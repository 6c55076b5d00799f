// Why did you come in: one big button per site service, its name, a short hint, and from the hub's intake the
// people ahead and estimated wait; a closed service stays listed but cannot be chosen, and says why (closing
// early: the notice's headline, also when only this kiosk's own clock knows the closing time has come).
import type { Intake, ServiceIntake } from '../../../machines/contracts/floor.js';
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import type { ServiceConfig } from '../../../machines/contracts/site.js';
import { closingNoticeOf, type KioskFlowEvent, serviceIntakeOf } from '../../../machines/kioskFlow.js';
import { aheadText, closedLines, waitText } from './intakeText.js';
import { type KioskText, useText } from './kioskText.js';
import { ClosingEarlyReason } from './notices/noticeWords.js';
import { Screen } from './Screen.js';

interface ServiceScreenProps {
  services: readonly ServiceConfig[];
  intake: Intake | null;
  timeZone: string;
  current: string | null;
  /** The notices this kiosk knows, for a closing-early service's reason. */
  notices?: readonly DeviceNotice[];
  /** Services a showing closing-early notice has stopped by this kiosk's clock (service id → notice id). */
  closedEarly?: Readonly<Record<string, string>>;
  send: (event: KioskFlowEvent) => void;
}

/**
 * The notice id when a service stopped taking tickets early (the hub's intake says so, or this kiosk's clock),
 * `null` when it did for a reason this kiosk does not know, or `undefined` when it did not close early.
 */
export function closingEarlyNoticeId(
  figures: ServiceIntake | null,
  closedEarly: Readonly<Record<string, string>>,
  serviceId: string | null,
): string | null | undefined {
  if (serviceId !== null && closedEarly[serviceId] !== undefined) return closedEarly[serviceId];
  if (figures?.open === false && figures.closedReason === 'closing-early') return figures.noticeId ?? null;
  return undefined;
}

/** The lines under a service's hint: figures when open, the reason and advice when closed. */
export function intakeLines(
  text: KioskText,
  service: ServiceIntake | null,
  intake: Intake | null,
  timeZone: string,
): string[] {
  if (service === null || intake === null) return [];
  if (!service.open) return [text.t('intake.closed'), ...closedLines(text, service, intake, timeZone)];
  const wait = waitText(text, service.estimatedWait);
  return wait === null
    ? [aheadText(text, service.peopleAhead)]
    : [aheadText(text, service.peopleAhead), wait];
}

export function ServiceScreen({
  services,
  intake,
  timeZone,
  current,
  notices = [],
  closedEarly = {},
  send,
}: ServiceScreenProps) {
  const text = useText();
  const { t, service } = text;
  return (
    <Screen
      title={t('service.title')}
      lead={t('service.lead')}
      className="screen--services"
      onBack={() => send({ type: 'visit.back' })}
    >
      <ul className="choices choices--services">
        {services.map(({ id }) => {
          const figures = serviceIntakeOf(intake, id);
          const closingId = closingEarlyNoticeId(figures, closedEarly, id);
          const closingEarly = closingId !== undefined;
          const closed = figures?.open === false || closingEarly;
          const lines = closingEarly ? [t('intake.closed')] : intakeLines(text, figures, intake, timeZone);
          const describedBy = [`service-${id}-hint`, lines.length > 0 ? `service-${id}-intake` : null]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={id}>
              <button
                type="button"
                className={`button button--choice button--service${closed ? ' button--closed' : ''}`}
                aria-labelledby={`service-${id}-name`}
                aria-describedby={describedBy}
                aria-disabled={closed ? 'true' : undefined}
                aria-current={id === current ? 'true' : undefined}
                data-testid={`service-${id}`}
                onClick={() => {
                  if (!closed) send({ type: 'service.chosen', serviceId: id });
                }}
              >
                <span id={`service-${id}-name`} className="button__name">
                  {service(`${id}.name`)}
                </span>
                <span id={`service-${id}-hint`} className="button__hint">
                  {service(`${id}.hint`)}
                </span>
                {lines.length > 0 && (
                  <span id={`service-${id}-intake`} className="button__intake">
                    {lines.map((line, index) => (
                      <span
                        key={line}
                        className={index === 0 && closed ? 'button__closed' : 'button__figure'}
                      >
                        {line}
                      </span>
                    ))}
                    {closingEarly && (
                      <span className="button__figure">
                        <ClosingEarlyReason notice={closingNoticeOf({ notices }, closingId)} />
                      </span>
                    )}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </Screen>
  );
}
