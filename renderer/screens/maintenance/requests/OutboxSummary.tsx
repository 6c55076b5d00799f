// The outbox at a glance: the case store, how many requests wait and for how long, the last success, whether
// sending is normal or paused, the last error, the list of services, requests created twice; and an alert with
// Resume when the case store refused the API key.
import type { CaseOutboxStatus } from '../../../../machines/contracts/caseRequests.js';
import { formatWhen, t } from '../maintenanceText.js';
import { breakerText, catalogText, endpointText, oldestPendingText } from './outboxText.js';

interface Props {
  status: CaseOutboxStatus;
  nowMs: number;
  timeZone?: string;
  /** Resume sending (supervisors, administrators); null: view only. */
  onResume: (() => void) | null;
  busy: boolean;
}

export function OutboxSummary({ status, nowMs, timeZone, onResume, busy }: Props) {
  return (
    <>
      {status.stoppedForAuth && (
        <div role="alert" className="warning-box" data-testid="outbox-auth-stop">
          <p>
            <strong>{t('requests.auth.stopped')}</strong>
          </p>
          {onResume ? (
            <button type="button" className="button button--primary" aria-disabled={busy} onClick={onResume}>
              {t('requests.auth.resume')}
            </button>
          ) : (
            <p>{t('requests.auth.askSupervisor')}</p>
          )}
        </div>
      )}
      <dl className="facts" data-testid="outbox-summary">
        <dt>{t('requests.endpoint')}</dt>
        <dd>{endpointText(status)}</dd>
        <dt>{t('requests.pending')}</dt>
        <dd data-testid="outbox-pending">{status.pending}</dd>
        <dt>{t('requests.oldest')}</dt>
        <dd>{oldestPendingText(status.oldestPendingAt, nowMs)}</dd>
        <dt>{t('requests.lastSuccess')}</dt>
        <dd>{formatWhen(status.lastSuccessAt, timeZone)}</dd>
        <dt>{t('requests.breaker')}</dt>
        <dd data-testid="outbox-breaker">{breakerText(status.breaker, timeZone)}</dd>
        <dt>{t('requests.lastError')}</dt>
        <dd>
          {status.lastError
            ? t('requests.lastError.at', {
                message: status.lastError.message,
                time: formatWhen(status.lastError.at, timeZone),
              })
            : t('requests.lastError.none')}
        </dd>
        <dt>{t('requests.catalog')}</dt>
        <dd>{catalogText(status.catalog, nowMs, timeZone)}</dd>
      </dl>
      {status.duplicates.length > 0 && (
        <section aria-labelledby="duplicates-heading">
          <h3 id="duplicates-heading">{t('requests.duplicates.heading')}</h3>
          <p className="field__hint">{t('requests.duplicates.hint')}</p>
          <ul data-testid="outbox-duplicates">
            {status.duplicates.map((request) => (
              <li key={request.id}>
                {t('requests.duplicates.item', {
                  reference: request.localReference,
                  service: request.serviceName,
                  cases: request.duplicateCaseIds.join(', '),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
