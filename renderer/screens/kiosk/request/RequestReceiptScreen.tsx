// A saved service request: "Your request is saved" and the local reference in large type. When nothing printed,
// "Write down this reference"; when saved offline, that it goes to the City when the connection returns.
import type { SubmitRequestResult } from '../../../../machines/contracts/kioskApi.js';
import type { KioskFlowEvent } from '../../../../machines/kioskFlow.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';

interface RequestReceiptScreenProps {
  result: SubmitRequestResult;
  send: (event: KioskFlowEvent) => void;
}

export function RequestReceiptScreen({ result, send }: RequestReceiptScreenProps) {
  const { request: t } = useText();
  const printed = result.print.ok;
  const reference = result.receipt.localReference;
  return (
    <Screen
      title={t('receipt.title')}
      className={printed ? 'screen--ticket' : 'screen--ticket screen--remember'}
      testId={printed ? 'request-receipt' : 'request-remember'}
      offline={result.offline}
    >
      <p className="ticket__label">{t('receipt.reference')}</p>
      <p className="ticket__number receipt__reference" data-testid="request-reference">
        {reference}
      </p>
      {printed ? (
        <p className="ticket__print">{t('receipt.printed')}</p>
      ) : (
        <p className="ticket__remember" role="alert">
          {t('receipt.remember')}
        </p>
      )}
      {result.offline && <p className="receipt__offline">{t('receipt.offline')}</p>}
      <button
        type="button"
        className="button button--primary"
        onClick={() => send({ type: 'visit.restart' })}
      >
        {t('receipt.done')}
      </button>
    </Screen>
  );
}
