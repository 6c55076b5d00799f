// "File a request" at the desk: a walk-in service request for the case store, for the visitor being served or
// for anyone. The form is checked before sending and the hub's own problems are shown the same way; nothing
// typed is lost on an error. Once filed: the reference, and completing the visit as "case created".
import { useMachine } from '@xstate/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { FieldProblem } from '../../../../machines/contracts/caseRequests.js';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import type { Ticket } from '../../../../machines/contracts/ticket.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { SelectField } from '../../../shared/SelectField.js';
import { t } from '../deskText.js';
import { newRequestId } from '../newRequestId.js';
import { languageName } from '../ticketFacts.js';
import { ContactFields } from './ContactFields.js';
import { deskRequestMachineFor } from './deskRequestActors.js';
import { ProblemSummary } from './ProblemSummary.js';
import { RequestFields } from './RequestFields.js';
import { RequestReceipt } from './RequestReceipt.js';
import {
  contactOf,
  contactProblems,
  contentOf,
  contentProblems,
  emptyContact,
  emptyDraft,
} from './requestDraft.js';
import { fieldLabel, problemText } from './requestText.js';

const prefix = 'request';

/** The desk shortcut's target: the service search, or "File another request" after one was filed. */
export function focusRequestForm(): void {
  (document.getElementById(`${prefix}-service-search`) ?? document.getElementById('request-new'))?.focus();
}

interface Props {
  site: SiteConfig;
  bridge: HubBridge;
  /** The visitor being served at this counter: a request filed now is linked to that visit. */
  serving: Ticket | null;
  /** Desk commands are in flight or paused. */
  deskBusy: boolean;
  /** Completes the served visit as "case created" with this detail; null when the site has no such outcome. */
  onCompleteVisit: ((detail: string) => void) | null;
}

export function FileRequest({ site, bridge, serving, deskBusy, onCompleteVisit }: Props) {
  const [machine] = useState(() => deskRequestMachineFor(bridge));
  const [snapshot, send] = useMachine(machine, { input: { newRequestId } });
  const [draft, setDraft] = useState(emptyDraft);
  const [contact, setContact] = useState(emptyContact);
  const [language, setLanguage] = useState('');
  const { catalog, problems, failure, receipt, filedFor } = snapshot.context;
  const searchAgain = useRef(false);
  useEffect(() => {
    if (searchAgain.current && catalog && !receipt) {
      searchAgain.current = false;
      focusRequestForm();
    }
  });
  const submitting = snapshot.matches({ ready: 'submitting' });
  const languages = [...new Set([...(serving ? [serving.language] : []), ...site.languages])];
  const visitorLanguage = language || serving?.language || site.languages[0] || 'en';
  const textOf = (problem: FieldProblem) =>
    problemText(problem, fieldLabel(catalog, draft.serviceCode, problem.field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!catalog || submitting) return;
    send({
      type: 'request.submit',
      problems: [...contentProblems(catalog, draft), ...contactProblems(contact)],
      body: {
        ...contentOf(catalog, draft),
        contact: contactOf(contact),
        language: visitorLanguage,
        capturedAt: new Date().toISOString(),
        ...(serving ? { ticketId: serving.id } : {}),
      },
    });
  };
  const another = () => {
    setDraft(emptyDraft());
    setContact(emptyContact());
    setLanguage('');
    searchAgain.current = true;
    send({ type: 'request.new' });
  };

  return (
    <section className="panel" aria-labelledby="request-heading">
      <h2 id="request-heading">{t('request.heading')}</h2>
      <p className="field__hint" data-testid="request-for">
        {serving ? t('request.forVisit', { ticket: serving.number }) : t('request.forNobody')}
      </p>
      <p role="status" className="notice" data-testid="request-status">
        {submitting
          ? t('request.sending')
          : receipt
            ? t('request.filed', { reference: receipt.localReference })
            : ''}
      </p>
      {snapshot.matches('loading') && <p>{t('request.loading')}</p>}
      {snapshot.matches('catalogFailed') && (
        <div>
          <p role="alert">{t('request.catalogFailed')}</p>
          <button type="button" className="button" onClick={() => send({ type: 'catalog.retry' })}>
            {t('request.catalogRetry')}
          </button>
        </div>
      )}
      {receipt && (
        <RequestReceipt
          receipt={receipt}
          visit={serving && serving.id === filedFor && serving.status === 'serving' ? serving : null}
          deskBusy={deskBusy}
          onCompleteVisit={onCompleteVisit}
          onNew={another}
        />
      )}
      {catalog && !receipt && (
        <form className="stack" onSubmit={submit} noValidate aria-labelledby="request-heading">
          <ProblemSummary
            prefix={prefix}
            title={t('request.problemsTitle')}
            problems={problems}
            textOf={textOf}
          />
          {failure && (
            <p role="alert" className="error-summary" data-testid="request-failure">
              {failure.kind === 'refused' && failure.message
                ? t('request.refused', { message: failure.message })
                : t(`request.failure.${failure.kind}`)}
            </p>
          )}
          <RequestFields
            prefix={prefix}
            catalog={catalog}
            draft={draft}
            onChange={setDraft}
            problems={problems}
            textOf={textOf}
          />
          <SelectField
            id={`${prefix}-language`}
            label={t('request.language')}
            value={visitorLanguage}
            onChange={setLanguage}
            options={languages.map((l) => ({ value: l, label: languageName(l) }))}
          />
          <ContactFields
            prefix={prefix}
            contact={contact}
            onChange={setContact}
            problems={problems}
            textOf={textOf}
          />
          <button type="submit" className="button button--primary" aria-disabled={submitting}>
            {t('request.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
