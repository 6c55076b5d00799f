// The request flow's screens with no question: getting the catalog, reporting not available here, saving the
// request, and a request that could not be saved ("Try again" sends the very same request).
import type { CaseRequestFlowEvent } from '../../../../machines/caseRequestFlow.js';
import type { KioskFlowEvent } from '../../../../machines/kioskFlow.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';

interface Sends {
  send: (event: CaseRequestFlowEvent) => void;
  /** The kiosk flow's own events (Start over). */
  sendVisit: (event: KioskFlowEvent) => void;
}

export function RequestBusyScreen({ status }: { status: 'loading' | 'submitting' }) {
  const { request: t } = useText();
  return (
    <section className="screen screen--status">
      <div className="spinner" aria-hidden="true" />
      <p role="status" className="screen__lead">
        {t(status === 'loading' ? 'loading.status' : 'submitting.status')}
      </p>
    </section>
  );
}

export function CatalogUnavailableScreen({ send, sendVisit }: Sends) {
  const { t, request } = useText();
  return (
    <Screen
      title={request('unavailable.title')}
      lead={request('unavailable.body')}
      testId="request-unavailable"
      onBack={() => send({ type: 'request.back' })}
    >
      <button
        type="button"
        className="button button--primary"
        onClick={() => send({ type: 'request.ticketInstead' })}
      >
        {request('unavailable.ticket')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => sendVisit({ type: 'visit.restart' })}
      >
        {t('bar.restart')}
      </button>
    </Screen>
  );
}

export function RequestFailedScreen({ send, sendVisit }: Sends) {
  const { t, request } = useText();
  return (
    <Screen
      title={request('failed.title')}
      testId="request-failed"
      onBack={() => send({ type: 'request.back' })}
    >
      <p role="alert" className="screen__lead">
        {request('failed.body')}
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => send({ type: 'request.retry' })}
      >
        {request('failed.retry')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => sendVisit({ type: 'visit.restart' })}
      >
        {t('bar.restart')}
      </button>
    </Screen>
  );
}
