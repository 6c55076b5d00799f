// Notices (every staff role sees the list; supervisors and administrators publish, change and withdraw): showing
// now, upcoming, and ended in the last 7 days, refreshed every 15 s and after each action.
import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../../../machines/contracts/notices.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { useNow } from '../../../shared/useNow.js';
import { type PanelMessage, PanelMessageView } from '../rowAction.js';
import { useHubList } from '../useHubList.js';
import { NoticeForm, type NoticeSite } from './NoticeForm.js';
import { NoticeTable } from './NoticeTable.js';
import { groupNotices } from './noticeGroups.js';
import { t } from './noticesText.js';
import { WithdrawNoticeForm } from './WithdrawNoticeForm.js';

/** How often the list is fetched again (and which notices show now is worked out again). */
export const noticesRefreshMs = 15_000;

interface Props {
  bridge: HubBridge;
  site: NoticeSite;
  /** Supervisors and administrators may act; desks and facilities only look. */
  canAct: boolean;
  /** Whether this role may list devices (to narrow a notice to some kiosks and displays). */
  canListDevices: boolean;
}

type Acting = { kind: 'publish' } | { kind: 'edit' | 'withdraw'; notice: Notice } | null;

export function NoticesPanel({ bridge, site, canAct, canListDevices }: Props) {
  const nowMs = useNow(noticesRefreshMs);
  const load = useCallback(() => bridge.call('listNotices', {}), [bridge]);
  const [list, reload] = useHubList(load);
  const loadDevices = useCallback(
    () => (canListDevices ? bridge.call('listDevices', {}) : Promise.resolve(null)),
    [bridge, canListDevices],
  );
  const [deviceList] = useHubList(loadDevices);
  const [acting, setActing] = useState<Acting>(null);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  useEffect(() => {
    const timer = setInterval(reload, noticesRefreshMs);
    return () => clearInterval(timer);
  }, [reload]);

  const devices = deviceList.status === 'loaded' ? (deviceList.value?.devices ?? null) : null;
  const deviceName = (id: string) => devices?.find((d) => d.id === id)?.name ?? id;
  const serviceName = (id: string) => site.services.find((s) => s.id === id)?.name ?? id;
  const open = (next: Acting) => {
    setMessage(null);
    setActing(next);
  };
  const done = (text: string) => {
    setActing(null);
    setMessage({ text, error: false });
    reload();
  };
  const actions = canAct
    ? {
        edit: (notice: Notice) => open({ kind: 'edit', notice }),
        withdraw: (notice: Notice) => open({ kind: 'withdraw', notice }),
      }
    : null;
  const groups = list.status === 'loaded' ? groupNotices(list.value.notices, new Date(nowMs)) : null;
  const tableProps = { timeZone: site.site.timeZone, deviceName, serviceName };

  return (
    <section className="panel panel--wide" aria-labelledby="notices-heading" data-testid="notices-panel">
      <h2 id="notices-heading">{t('heading')}</h2>
      <p className="muted">{t('lead')}</p>
      {!canAct && <p className="field__hint">{t('viewOnly')}</p>}
      <PanelMessageView message={message} />
      {canAct && acting === null && (
        <button type="button" className="button button--primary" onClick={() => open({ kind: 'publish' })}>
          {t('publish')}
        </button>
      )}
      {(acting?.kind === 'publish' || acting?.kind === 'edit') && (
        <NoticeForm
          key={acting.kind === 'edit' ? acting.notice.id : 'new'}
          bridge={bridge}
          site={site}
          notice={acting.kind === 'edit' ? acting.notice : null}
          devices={devices}
          onDone={done}
          onCancel={() => setActing(null)}
        />
      )}
      {acting?.kind === 'withdraw' && (
        <WithdrawNoticeForm
          key={acting.notice.id}
          bridge={bridge}
          notice={acting.notice}
          onDone={done}
          onCancel={() => setActing(null)}
        />
      )}
      {list.status === 'loading' && <p>{t('loading')}</p>}
      {list.status === 'forbidden' && <p role="alert">{t('forbidden')}</p>}
      {list.status === 'failed' && <p role="alert">{t('failedToLoad')}</p>}
      {groups && (
        <>
          <NoticeTable phase="showing" notices={groups.showing} actions={actions} {...tableProps} />
          <NoticeTable phase="upcoming" notices={groups.upcoming} actions={actions} {...tableProps} />
          <NoticeTable phase="ended" notices={groups.ended} actions={null} {...tableProps} />
        </>
      )}
      <button type="button" className="button button--small" onClick={reload}>
        {t('refresh')}
        <span className="visually-hidden"> {t('heading')}</span>
      </button>
    </section>
  );
}
