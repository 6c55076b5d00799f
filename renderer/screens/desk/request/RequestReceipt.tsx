// After the hub filed a desk request: its local reference (and the city's case number once known), the visit it
// is linked to, "Complete visit: case created" while that visitor is still being served, and "File another".
import { useEffect, useRef } from 'react';
import type { CaseReceipt } from '../../../../machines/contracts/caseRequests.js';
import type { Ticket } from '../../../../machines/contracts/ticket.js';
import { t } from '../deskText.js';

interface Props {
  receipt: CaseReceipt;
  /** The visit it was filed for, while that visitor is still being served here (else null). */
  visit: Ticket | null;
  deskBusy: boolean;
  /** Completes that visit as "case created"; null when the site has no such outcome. */
  onCompleteVisit: ((detail: string) => void) | null;
  onNew: () => void;
}

export function RequestReceipt({ receipt, visit, deskBusy, onCompleteVisit, onNew }: Props) {
  const firstButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    firstButton.current?.focus();
  }, []);
  const complete = visit && onCompleteVisit;
  return (
    <div className="request-receipt" data-testid="request-receipt">
      <dl className="facts">
        <dt>{t('request.reference')}</dt>
        <dd data-testid="request-reference">{receipt.localReference}</dd>
        <dt>{t('request.caseNumber')}</dt>
        <dd>{receipt.caseId ?? t('request.caseNumberPending')}</dd>
      </dl>
      <div className="button-row">
        {complete && (
          <button
            ref={firstButton}
            type="button"
            className="button button--primary"
            aria-disabled={deskBusy}
            onClick={() => !deskBusy && onCompleteVisit(receipt.localReference)}
          >
            {t('request.completeVisit')}
            <span className="visually-hidden"> {visit.number}</span>
          </button>
        )}
        <button
          ref={complete ? undefined : firstButton}
          id="request-new"
          type="button"
          className="button"
          onClick={onNew}
        >
          {t('request.another')}
        </button>
      </div>
    </div>
  );
}
