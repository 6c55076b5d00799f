// Walk-in requests (supervisors, administrators; facilities view only): the delivery outbox to the city's case
// store and the review list with Edit, Retry and Withdraw, refreshed every 5 s; Resume after an API key refusal.
import { useCallback, useEffect, useState } from 'react';
import type { CaseRequestView } from '../../../../machines/contracts/caseRequests.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { useNow } from '../../../shared/useNow.js';
import { t } from '../maintenanceText.js';
import { PanelMessageView, useRowAction } from '../rowAction.js';
import { useHubList } from '../useHubList.js';
import { EditRequestForm } from './EditRequestForm.js';
import { OutboxSummary } from './OutboxSummary.js';
import { type ReviewActions, ReviewList } from './ReviewList.js';
import { WithdrawForm } from './WithdrawForm.js';

/** How often the outbox figures and the review list are fetched again. */
export const requestsRefreshMs = 5_000;

interface Props {
  bridge: HubBridge;
  timeZone?: string;
  /** Supervisors and administrators may act; facilities only look. */
  canAct: boolean;
}

type Acting = { kind: 'edit' | 'withdraw'; request: CaseRequestView } | null;

export function RequestsPanel({ bridge, timeZone, canAct }: Props) {
  const nowMs = useNow(requestsRefreshMs);
  const load = useCallback(() => bridge.call('caseOutboxStatus', {}), [bridge]);
  const [status, reload] = useHubList(load);
  const { busyId, message, setMessage, run } = useRowAction(reload);
  const [acting, setActing] = useState<Acting>(null);
  useEffect(() => {
    const timer = setInterval(reload, requestsRefreshMs);
    return () => clearInterval(timer);
  }, [reload]);

  const open = (kind: 'edit' | 'withdraw') => (request: CaseRequestView) => {
    setMessage(null);
    setActing({ kind, request });
  };
  const actions: ReviewActions | null = canAct
    ? {
        edit: open('edit'),
        withdraw: open('withdraw'),
        retry: (request) => {
          setActing(null);
          run(
            request.id,
            () => bridge.call('retryCaseRequest', { params: { requestId: request.id }, body: {} }),
            t('requests.retried', { reference: request.localReference }),
            t('requests.retryFailed', { reference: request.localReference }),
          );
        },
      }
    : null;
  const resume = () =>
    run(
      'resume',
      () => bridge.call('resumeCaseDelivery', { body: {} }),
      t('requests.auth.resumed'),
      t('requests.auth.resumeFailed'),
    );
  const done = (text: string) => {
    setActing(null);
    setMessage({ text, error: false });
    reload();
  };

  return (
    <section className="panel panel--wide" aria-labelledby="requests-heading">
      <h2 id="requests-heading">{t('requests.heading')}</h2>
      <PanelMessageView message={message} />
      {status.status === 'loading' && <p>{t('requests.loading')}</p>}
      {status.status === 'forbidden' && <p role="alert">{t('error.forbidden')}</p>}
      {status.status === 'failed' && <p role="alert">{t('requests.failedToLoad')}</p>}
      {status.status === 'loaded' && (
        <>
          <OutboxSummary
            status={status.value}
            nowMs={nowMs}
            timeZone={timeZone}
            onResume={canAct ? resume : null}
            busy={busyId === 'resume'}
          />
          <h3 id="review-heading">{t('requests.review.heading', { count: status.value.review.length })}</h3>
          <p className="field__hint">{t('requests.review.hint')}</p>
          <ReviewList requests={status.value.review} timeZone={timeZone} busyId={busyId} actions={actions} />
        </>
      )}
      {acting?.kind === 'edit' && (
        <EditRequestForm
          key={acting.request.id}
          bridge={bridge}
          request={acting.request}
          onDone={done}
          onCancel={() => setActing(null)}
        />
      )}
      {acting?.kind === 'withdraw' && (
        <WithdrawForm
          key={acting.request.id}
          bridge={bridge}
          request={acting.request}
          onDone={done}
          onCancel={() => setActing(null)}
        />
      )}
      <button type="button" className="button button--small" onClick={reload}>
        {t('action.refresh')}
        <span className="visually-hidden"> {t('requests.heading')}</span>
      </button>
    </section>
  );
}
