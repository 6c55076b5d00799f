// Queue intake (supervisors, administrators): each queue's waiting count and whether kiosks give tickets for
// it today, with a confirmed switch to close it for the rest of the day or open it again.
import { useCallback, useEffect } from 'react';
import type { QueueSnapshot } from '../../../machines/contracts/hubApi.js';
import type { QueueConfig, SiteConfig } from '../../../machines/contracts/site.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { ConfirmAction } from './ConfirmAction.js';
import { t } from './maintenanceText.js';
import { PanelMessageView, useRowAction } from './rowAction.js';
import { useHubList } from './useHubList.js';

interface Props {
  bridge: HubBridge;
  site: SiteConfig;
  /** The live stream's last seq: the counts are loaded again whenever it moves. */
  seq: number | null;
}

export interface QueueIntakeRow {
  queue: QueueConfig;
  waiting: number;
  closedByStaff: boolean;
}

/** One row per configured queue, from a queue snapshot. */
export function queueIntakeRows(site: SiteConfig, snapshot: QueueSnapshot): QueueIntakeRow[] {
  return site.queues.map((queue) => ({
    queue,
    waiting: snapshot.tickets.filter((ticket) => ticket.status === 'waiting' && ticket.queueId === queue.id)
      .length,
    closedByStaff: snapshot.queues.find((q) => q.queueId === queue.id)?.closedByStaff ?? false,
  }));
}

export function QueueIntakePanel({ bridge, site, seq }: Props) {
  const load = useCallback(
    async () => queueIntakeRows(site, await bridge.call('getQueue', {})),
    [bridge, site],
  );
  const [rows, reload] = useHubList(load);
  const { busyId, message, run } = useRowAction(reload);
  useEffect(() => {
    if (seq !== null) reload();
  }, [seq, reload]);

  const setOpen = ({ queue }: QueueIntakeRow, open: boolean) =>
    run(
      queue.id,
      () => bridge.call('setQueueIntake', { params: { queueId: queue.id }, body: { open } }),
      t(open ? 'queueIntake.openedDone' : 'queueIntake.closedDone', { name: queue.name }),
      t('queueIntake.failed', { name: queue.name }),
    );

  return (
    <section className="panel panel--wide" aria-labelledby="queue-intake-heading">
      <h2 id="queue-intake-heading">{t('queueIntake.heading')}</h2>
      <p className="muted">{t('queueIntake.lead')}</p>
      <PanelMessageView message={message} />
      {rows.status === 'loading' && <p>{t('queueIntake.loading')}</p>}
      {rows.status === 'forbidden' && <p role="alert">{t('error.forbidden')}</p>}
      {rows.status === 'failed' && (
        <p role="alert" className="error-summary">
          {t('queueIntake.loadFailed')}
        </p>
      )}
      {rows.status === 'loaded' && (
        <table className="table" data-testid="queue-intake-table">
          <caption className="visually-hidden">{t('queueIntake.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queueIntake.col.queue')}</th>
              <th scope="col">{t('queueIntake.col.waiting')}</th>
              <th scope="col">{t('queueIntake.col.status')}</th>
              <th scope="col">{t('queueIntake.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.value.map((row) => (
              <tr key={row.queue.id} data-testid={`queue-intake-${row.queue.id}`}>
                <th scope="row">{row.queue.name}</th>
                <td>{row.waiting}</td>
                <td>{t(row.closedByStaff ? 'queueIntake.closed' : 'queueIntake.open')}</td>
                <td>
                  <ConfirmAction
                    label={t(row.closedByStaff ? 'queueIntake.reopen' : 'queueIntake.close')}
                    subject={row.queue.name}
                    question={t(
                      row.closedByStaff ? 'queueIntake.reopenConfirm' : 'queueIntake.closeConfirm',
                      {
                        name: row.queue.name,
                      },
                    )}
                    confirmLabel={t(row.closedByStaff ? 'queueIntake.reopenYes' : 'queueIntake.closeYes')}
                    busy={busyId === row.queue.id}
                    onConfirm={() => setOpen(row, row.closedByStaff)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button--small" onClick={reload}>
        {t('action.refresh')}
        <span className="visually-hidden"> {t('queueIntake.heading')}</span>
      </button>
    </section>
  );
}
