// What every staff role may see in maintenance: hub health and clock, the site, queues and counters.
import { useCallback, useEffect, useState } from 'react';
import type { Health } from '../../../machines/contracts/hubApi.js';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { type StaffView, ticketAtCounter, waitingByQueue } from '../../../machines/queueView.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { useNow } from '../../shared/useNow.js';
import { clockOffset, formatClock } from '../display/hubClock.js';
import { t } from './maintenanceText.js';

export interface Overview {
  health: Health | null;
  offset: number;
  site: SiteConfig | null;
  failed: boolean;
  refresh: () => void;
}

export function useHubOverview(bridge: HubBridge): Overview {
  const [health, setHealth] = useState<Health | null>(null);
  const [offset, setOffset] = useState(0);
  const [site, setSite] = useState<SiteConfig | null>(null);
  const [failed, setFailed] = useState(false);

  const refresh = useCallback(() => {
    bridge.call('health', {}).then(
      (h) => {
        setHealth(h);
        setOffset(clockOffset(h.time, Date.now()));
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [bridge]);

  useEffect(() => {
    refresh();
    bridge.call('getSite', {}).then(setSite, () => setFailed(true));
  }, [bridge, refresh]);

  return { health, offset, site, failed, refresh };
}

export function HubOverview({ overview, view }: { overview: Overview; view: StaffView }) {
  const { health, offset, site, failed, refresh } = overview;
  const now = useNow(1000);
  const waiting = view.seq === null ? null : waitingByQueue(view);
  return (
    <>
      {failed && (
        <div role="alert" className="error-summary">
          {t('loadFailed')}
        </div>
      )}
      {!health && !site && !failed && <p role="status">{t('loading')}</p>}
      <div className="maintenance-grid">
        {health && (
          <section className="panel" aria-labelledby="hub-heading">
            <h2 id="hub-heading">{t('hub.heading')}</h2>
            <dl className="facts">
              <dt>{t('hub.status')}</dt>
              <dd>{t('hub.ok')}</dd>
              <dt>{t('hub.version')}</dt>
              <dd>{health.version}</dd>
              <dt>{t('hub.serviceDay')}</dt>
              <dd>{health.serviceDay}</dd>
              <dt>{t('hub.time')}</dt>
              <dd>{formatClock(now + offset, site?.site.timeZone)}</dd>
            </dl>
            <button type="button" className="button" onClick={refresh}>
              {t('refresh')}
            </button>
          </section>
        )}
        {site && (
          <section className="panel" aria-labelledby="site-heading">
            <h2 id="site-heading">{t('site.heading')}</h2>
            <dl className="facts">
              <dt>{t('site.name')}</dt>
              <dd>{site.site.name}</dd>
              <dt>{t('site.address')}</dt>
              <dd>{site.site.address}</dd>
              <dt>{t('site.timeZone')}</dt>
              <dd>{site.site.timeZone}</dd>
            </dl>
          </section>
        )}
        {site && (
          <section className="panel" aria-labelledby="queues-heading">
            <h2 id="queues-heading">{t('queues.heading')}</h2>
            <table className="table">
              <caption className="visually-hidden">{t('queues.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('queues.col.prefix')}</th>
                  <th scope="col">{t('queues.col.name')}</th>
                  <th scope="col">{t('queues.col.waiting')}</th>
                </tr>
              </thead>
              <tbody>
                {site.queues.map((q) => (
                  <tr key={q.id}>
                    <th scope="row" className="ticket-number">
                      {q.prefix}
                    </th>
                    <td>{q.name}</td>
                    <td data-testid={`waiting-${q.id}`}>
                      {waiting ? (waiting.get(q.id) ?? 0) : t('queues.unknown')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {site && (
          <section className="panel" aria-labelledby="counters-heading">
            <h2 id="counters-heading">{t('counters.heading')}</h2>
            <table className="table">
              <caption className="visually-hidden">{t('counters.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('counters.col.name')}</th>
                  <th scope="col">{t('counters.col.display')}</th>
                  <th scope="col">{t('counters.col.serving')}</th>
                </tr>
              </thead>
              <tbody>
                {site.counters.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td>{c.displayName}</td>
                    <td>{ticketAtCounter(view, c.id)?.number ?? t('counters.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </>
  );
}
