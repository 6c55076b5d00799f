// "Edit <reference>": correct a request in review — service, answers, place, description, prefilled from what
// the visitor gave — checked like the desk's form, then queued again. Contact details are not shown or changed.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type {
  CaseCatalog,
  CaseRequestView,
  FieldProblem,
} from '../../../../machines/contracts/caseRequests.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { ProblemSummary } from '../../desk/request/ProblemSummary.js';
import { RequestFields } from '../../desk/request/RequestFields.js';
import { contentOf, contentProblems, draftOf } from '../../desk/request/requestDraft.js';
import { fieldLabel, problemText } from '../../desk/request/requestText.js';
import { t } from '../maintenanceText.js';
import { useHubList } from '../useHubList.js';
import { editRequest } from './reviewActions.js';

const prefix = 'review-edit';

interface Props {
  bridge: HubBridge;
  request: CaseRequestView;
  onDone: (text: string) => void;
  onCancel: () => void;
}

export function EditRequestForm({ bridge, request, onDone, onCancel }: Props) {
  const loadCatalog = useCallback(() => bridge.call('caseCatalog', {}), [bridge]);
  const [catalog] = useHubList<CaseCatalog>(loadCatalog);
  const [draft, setDraft] = useState(() => draftOf(request));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const reference = request.localReference;

  const known = catalog.status === 'loaded' ? catalog.value : null;
  const textOf = (problem: FieldProblem) =>
    problemText(problem, fieldLabel(known, draft.serviceCode, problem.field));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || !known) return;
    const found = contentProblems(known, draft);
    setProblems(found);
    setFailure(null);
    if (found.length > 0) return;
    setBusy(true);
    editRequest(bridge, request.id, contentOf(known, draft)).then((result) => {
      setBusy(false);
      if (result.kind === 'done') onDone(t('requests.edited', { reference }));
      else if (result.kind === 'invalid') setProblems(result.problems);
      else setFailure(result.text);
    });
  };

  return (
    <form className="stack sub-panel" onSubmit={submit} noValidate aria-labelledby="review-edit-heading">
      <h3 id="review-edit-heading" ref={headingRef} tabIndex={-1}>
        {t('requests.edit.heading', { reference })}
      </h3>
      <p className="field__hint">{t('requests.edit.hint')}</p>
      {catalog.status === 'loading' && <p>{t('requests.edit.loading')}</p>}
      {(catalog.status === 'failed' || catalog.status === 'forbidden') && (
        <p role="alert">{t('requests.edit.catalogFailed')}</p>
      )}
      <ProblemSummary
        prefix={prefix}
        title={t('requests.edit.problems')}
        problems={problems}
        textOf={textOf}
      />
      {failure && (
        <p role="alert" className="error-summary">
          {failure}
        </p>
      )}
      {known && (
        <>
          <RequestFields
            prefix={prefix}
            catalog={known}
            draft={draft}
            onChange={setDraft}
            problems={problems}
            textOf={textOf}
          />
          <div className="button-row">
            <button type="submit" className="button button--primary" aria-disabled={busy}>
              {t('requests.edit.save')}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {t('action.cancel')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
