// The published versions, newest first (when in site time, who, note, what it restored), each viewable
// read-only; "Restore this version" publishes it again as a new version (undo), after asking.
import { useCallback, useState } from 'react';
import type { InfoContent, InfoVersionSummary } from '../../../../machines/contracts/info.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { formatWhen } from '../maintenanceText.js';
import { useHubList } from '../useHubList.js';
import { ContentOverview } from './ContentOverview.js';
import { restoreVersion } from './contentActions.js';
import { t } from './contentText.js';

interface Props {
  bridge: HubBridge;
  /** The version the editor shows; the history is fetched again when it changes. */
  current: number;
  languages: readonly string[];
  timeZone?: string;
  onRestored: (summary: InfoVersionSummary) => void;
  onConflict: () => void;
}

type Viewing = { version: number; content: InfoContent | 'loading' | 'failed' } | null;

export function VersionHistory({ bridge, current, languages, timeZone, onRestored, onConflict }: Props) {
  const load = useCallback(
    () => bridge.call('listInfoVersions', {}).then((list) => ({ list, current })),
    [bridge, current],
  );
  const [state] = useHubList(load);
  const [viewing, setViewing] = useState<Viewing>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const view = (version: number) => {
    setViewing({ version, content: 'loading' });
    bridge.call('getInfoVersion', { params: { version: String(version) } }).then(
      (content) => setViewing({ version, content }),
      () => setViewing({ version, content: 'failed' }),
    );
  };
  const restore = (version: number, base: number) => {
    setBusy(version);
    setFailure(null);
    restoreVersion(bridge, version, base).then((result) => {
      setBusy(null);
      if (result.kind === 'done') onRestored(result.summary);
      else if (result.kind === 'conflict') onConflict();
      else setFailure(result.kind === 'failed' ? result.text : t('history.restoreFailed', { version }));
    });
  };

  return (
    <section className="sub-panel" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('history.heading')}</h3>
      {state.status === 'loading' && <p>{t('history.loading')}</p>}
      {state.status === 'forbidden' && <p role="alert">{t('error.forbidden')}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="error-summary">
          {t('history.loadFailed')}
        </p>
      )}
      {failure && (
        <p role="alert" className="error-summary">
          {failure}
        </p>
      )}
      {state.status === 'loaded' && state.value.list.versions.length === 0 && <p>{t('history.empty')}</p>}
      {state.status === 'loaded' && state.value.list.versions.length > 0 && (
        <table className="table" data-testid="info-history">
          <caption className="visually-hidden">{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.col.version')}</th>
              <th scope="col">{t('history.col.when')}</th>
              <th scope="col">{t('history.col.who')}</th>
              <th scope="col">{t('history.col.note')}</th>
              <th scope="col">{t('history.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.list.versions.map((summary) => {
              const { version } = summary;
              const isCurrent = version === state.value.list.current;
              const subject = t('history.versionName', { version });
              return (
                <tr key={version} data-testid={`info-version-${version}`}>
                  <th scope="row">
                    {version}
                    {isCurrent && <span className="tag">{t('history.current')}</span>}
                  </th>
                  <td className="nowrap">{formatWhen(summary.publishedAt, timeZone)}</td>
                  <td>{summary.publishedBy}</td>
                  <td>
                    {summary.note}
                    {summary.restoredFrom !== null && (
                      <span className="muted">
                        {' '}
                        {t('history.restoredFrom', { version: summary.restoredFrom })}
                      </span>
                    )}
                  </td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => view(version)}>
                      {t('history.view')}
                      <span className="visually-hidden"> {subject}</span>
                    </button>
                    {!isCurrent && (
                      <ConfirmAction
                        label={t('history.restore')}
                        subject={subject}
                        question={t('history.restoreQuestion', { version })}
                        confirmLabel={t('history.restoreConfirm', { version })}
                        busy={busy === version}
                        onConfirm={() => restore(version, state.value.list.current)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {viewing && <VersionView viewing={viewing} languages={languages} onClose={() => setViewing(null)} />}
    </section>
  );
}

interface ViewProps {
  viewing: NonNullable<Viewing>;
  languages: readonly string[];
  onClose: () => void;
}

function VersionView({ viewing, languages, onClose }: ViewProps) {
  const { version, content } = viewing;
  return (
    <div className="sub-panel" data-testid="info-version-view" aria-live="polite">
      <h4>{t('history.viewHeading', { version })}</h4>
      {content === 'loading' && <p>{t('history.loading')}</p>}
      {content === 'failed' && <p role="alert">{t('history.viewFailed', { version })}</p>}
      {typeof content === 'object' && (
        <ContentOverview
          groups={content.groups}
          topics={content.topics}
          languages={languages}
          actions={null}
          idPrefix={`version-${version}`}
          groupHeading="h5"
        />
      )}
      <button type="button" className="button button--small" onClick={onClose}>
        {t('history.closeView')}
      </button>
    </div>
  );
}
