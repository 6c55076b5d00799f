// The review list: requests the hub could not deliver and will not send again by itself (rejected, unknown
// service, failing past the limit, or invalid when a kiosk handed them over), with Edit, Retry and Withdraw for
// supervisors and administrators. Contact details appear masked only.
import type { CaseRequestView } from '../../../../machines/contracts/caseRequests.js';
import { formatWhen, t } from '../maintenanceText.js';
import { lastErrorText, reasonText } from './outboxText.js';

export interface ReviewActions {
  edit: (request: CaseRequestView) => void;
  retry: (request: CaseRequestView) => void;
  withdraw: (request: CaseRequestView) => void;
}

interface Props {
  requests: readonly CaseRequestView[];
  timeZone?: string;
  /** The row whose action is in flight. */
  busyId: string | null;
  /** null: view only (facilities). */
  actions: ReviewActions | null;
}

const contactText = (request: CaseRequestView) =>
  request.details === null
    ? t('requests.contact.purged')
    : (request.details.maskedContact ?? t('requests.contact.none'));

export function ReviewList({ requests, timeZone, busyId, actions }: Props) {
  if (requests.length === 0) return <p data-testid="review-empty">{t('requests.review.empty')}</p>;
  return (
    <table className="table" data-testid="review-list">
      <caption className="visually-hidden">{t('requests.review.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('requests.col.reference')}</th>
          <th scope="col">{t('requests.col.service')}</th>
          <th scope="col">{t('requests.col.reason')}</th>
          <th scope="col">{t('requests.col.lastError')}</th>
          <th scope="col">{t('requests.col.captured')}</th>
          <th scope="col">{t('requests.col.contact')}</th>
          {actions && <th scope="col">{t('requests.col.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {requests.map((request) => (
          <tr key={request.id} data-testid={`review-${request.localReference}`}>
            <th scope="row">{request.localReference}</th>
            <td>
              {request.serviceName}
              {request.serviceName !== request.serviceCode && (
                <span className="muted"> ({request.serviceCode})</span>
              )}
            </td>
            <td>{reasonText(request.reviewReason)}</td>
            <td>{lastErrorText(request, timeZone)}</td>
            <td>{formatWhen(request.capturedAt, timeZone)}</td>
            <td>{contactText(request)}</td>
            {actions && (
              <td>
                <div className="device-actions">
                  {(['edit', 'retry', 'withdraw'] as const).map((action) => (
                    <button
                      key={action}
                      type="button"
                      className={
                        action === 'withdraw'
                          ? 'button button--warning button--small'
                          : 'button button--small'
                      }
                      aria-disabled={busyId === request.id}
                      disabled={action === 'edit' && request.details === null}
                      onClick={() => busyId !== request.id && actions[action](request)}
                    >
                      {t(`requests.action.${action}`)}
                      <span className="visually-hidden"> {request.localReference}</span>
                    </button>
                  ))}
                </div>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
