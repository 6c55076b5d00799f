// Import and export of the draft as InfoContentBody JSON: export downloads the draft; import checks a file and
// replaces the draft only when it is valid (it still has to be published).
import { type ChangeEvent, type Dispatch, useState } from 'react';
import { ContentProblems } from './ContentProblems.js';
import { type ContentProblem, checkImport, exportText } from './contentCheck.js';
import { t } from './contentText.js';
import { bodyOf, type DraftAction, type InfoDraft } from './infoDraft.js';

interface Props {
  draft: InfoDraft;
  dispatch: Dispatch<DraftAction>;
  onImported: (text: string) => void;
}

/** The downloaded file's name, e.g. "information-topics-from-v4.json". */
export const exportFileName = (draft: InfoDraft) => `information-topics-from-v${draft.baseVersion}.json`;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function ImportExport({ draft, dispatch, onImported }: Props) {
  const [problems, setProblems] = useState<ContentProblem[]>([]);
  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    file.text().then((text) => {
      input.value = '';
      const checked = checkImport(text);
      if (!checked.ok) return setProblems(checked.problems);
      setProblems([]);
      dispatch({ type: 'replace', content: checked.content });
      onImported(t('import.done', { name: file.name, topics: checked.content.topics.length }));
    });
  };
  return (
    <section className="sub-panel stack" aria-labelledby="import-export-heading">
      <h3 id="import-export-heading">{t('importExport.heading')}</h3>
      <div>
        <button
          type="button"
          className="button button--small"
          onClick={() => download(exportFileName(draft), exportText(bodyOf(draft)))}
        >
          {t('export.button')}
        </button>
      </div>
      <ContentProblems title={t('import.problems')} problems={problems} testId="import-problems" />
      <div className="field">
        <label className="field__label" htmlFor="import-file">
          {t('import.label')}
        </label>
        <p className="field__hint" id="import-file-hint">
          {t('import.hint')}
        </p>
        <input
          id="import-file"
          className="file-input"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-file-hint"
          onChange={importFile}
        />
      </div>
    </section>
  );
}
