// Publish: a note for the history, the draft checked locally (problems listed by path), then sent based on the
// version it was loaded from; a conflict says so plainly and offers Reload.
import { type FormEvent, useState } from 'react';
import type { InfoVersionSummary } from '../../../../machines/contracts/info.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { ContentProblems } from './ContentProblems.js';
import { publishDraft } from './contentActions.js';
import type { ContentProblem } from './contentCheck.js';
import { t } from './contentText.js';
import { bodyOf, hasChanges, type InfoDraft } from './infoDraft.js';

interface Props {
  bridge: HubBridge;
  draft: InfoDraft;
  onPublished: (summary: InfoVersionSummary) => void;
  onReload: () => void;
}

export function PublishForm({ bridge, draft, onPublished, onReload }: Props) {
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ContentProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = hasChanges(draft);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblems([]);
    setConflict(false);
    setFailure(null);
    setBusy(true);
    publishDraft(bridge, draft, note).then((result) => {
      setBusy(false);
      if (result.kind === 'done') onPublished(result.summary);
      else if (result.kind === 'invalid') setProblems(result.problems);
      else if (result.kind === 'conflict') setConflict(true);
      else setFailure(result.text);
    });
  };

  return (
    <form className="sub-panel stack" onSubmit={submit} noValidate aria-labelledby="publish-heading">
      <h3 id="publish-heading">{t('publish.heading')}</h3>
      <p data-testid="draft-state">{changed ? t('publish.changed') : t('publish.unchanged')}</p>
      <ContentProblems
        title={t('publish.problems')}
        problems={problems}
        testId="publish-problems"
        content={bodyOf(draft)}
      />
      {conflict && (
        <div role="alert" className="error-summary" data-testid="publish-conflict">
          <p className="error-summary__title">{t('publish.conflictTitle')}</p>
          <p>{t('publish.conflictBody', { version: draft.baseVersion })}</p>
          <button type="button" className="button button--small" onClick={onReload}>
            {t('publish.reload')}
          </button>
        </div>
      )}
      {failure && (
        <p role="alert" className="error-summary">
          {failure}
        </p>
      )}
      <div className="field">
        <label className="field__label" htmlFor="publish-note">
          {t('publish.note')}
        </label>
        <p className="field__hint" id="publish-note-hint">
          {t('publish.noteHint')}
        </p>
        <input
          id="publish-note"
          className="input"
          maxLength={200}
          aria-describedby="publish-note-hint"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {t('publish.submit')}
      </button>
    </form>
  );
}
