// The audit log (administrators only): the latest entries, newest first, and the whole log as a CSV download.
import { useCallback } from 'react';
import type { AuditEntry } from '../../../machines/contracts/auth.js';
import { hubApi } from '../../../machines/contracts/hubApi.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { formatWhen, t } from './maintenanceText.js';
import { type ListState, useHubList } from './useHubList.js';

/** How many entries the table shows; the CSV has them all. */
export const auditShown = 50;

/** The latest entries first, at most `auditShown`. */
export function latestEntries(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) => b.seq - a.seq).slice(0, auditShown);
}

interface Props {
  bridge: HubBridge;
  timeZone?: string;
}

export function AuditPanel({ bridge, timeZone }: Props) {
  const load = useCallback(async () => latestEntries((await bridge.call('listAudit', {})).entries), [bridge]);
  const [entries, reload] = useHubList(load);
  return (
    <section className="panel panel--wide" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      <p>
        <a href={hubApi.exportAudit.path} download className="link" aria-describedby="audit-download-hint">
          {t('audit.download')}
        </a>{' '}
        <span id="audit-download-hint" className="muted">
          {t('audit.downloadHint')}
        </span>
      </p>
      <AuditTable entries={entries} timeZone={timeZone} />
      <button type="button" className="button button--small" onClick={reload}>
        {t('action.refresh')}
        <span className="visually-hidden"> {t('audit.heading')}</span>
      </button>
    </section>
  );
}

export function AuditTable({ entries, timeZone }: { entries: ListState<AuditEntry[]>; timeZone?: string }) {
  if (entries.status === 'loading') return <p>{t('audit.loading')}</p>;
  if (entries.status === 'forbidden') return <p role="alert">{t('error.forbidden')}</p>;
  if (entries.status === 'failed') {
    return (
      <p role="alert" className="error-summary">
        {t('audit.loadFailed')}
      </p>
    );
  }
  if (entries.value.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    <table className="table" data-testid="audit-table">
      <caption className="visually-hidden">{t('audit.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.col.at')}</th>
          <th scope="col">{t('audit.col.actor')}</th>
          <th scope="col">{t('audit.col.action')}</th>
          <th scope="col">{t('audit.col.target')}</th>
          <th scope="col">{t('audit.col.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.value.map((entry) => (
          <tr key={entry.seq}>
            <td className="nowrap">{formatWhen(entry.at, timeZone)}</td>
            <td>{entry.actor}</td>
            <td>{entry.action}</td>
            <td>{entry.target ?? ''}</td>
            <td>{t(`audit.outcome.${entry.outcome}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
