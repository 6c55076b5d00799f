// Desk screen root: loads the site (and the hub's clock) through the bridge, then runs the desk session.
import { useEffect, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { clockOffset } from '../display/hubClock.js';
import { DeskSession } from './DeskSession.js';
import { t } from './deskText.js';

export function DeskApp({ bridge }: { bridge: HubBridge }) {
  const [site, setSite] = useState<SiteConfig | null>(null);
  const [failed, setFailed] = useState(false);
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    bridge.call('getSite', {}).then(setSite, () => setFailed(true));
    bridge.call('health', {}).then(
      (health) => setOffset(clockOffset(health.time, Date.now())),
      () => setOffset(0),
    );
  }, [bridge]);

  if (site) return <DeskSession site={site} bridge={bridge} clockOffset={offset} />;
  return (
    <main className="staff-main">
      <h1>{t('title')}</h1>
      {failed ? (
        <div role="alert" className="error-summary">
          {t('loadFailed')}
        </div>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </main>
  );
}
