// Desk screen root: sign-in first (desk and supervisor roles), then loads the site and the hub's clock and runs
// the desk session.
import { type ReactNode, useEffect, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { StaffGate } from '../../shared/StaffGate.js';
import { StaffHeader } from '../../shared/StaffHeader.js';
import { clockOffset } from '../display/hubClock.js';
import { DeskSession } from './DeskSession.js';
import { t } from './deskText.js';

/** Who may use the desk (the hub checks the same on every desk command). */
export const deskRoles = ['desk', 'supervisor'] as const;

export function DeskApp({ bridge }: { bridge: HubBridge }) {
  return (
    <StaffGate
      bridge={bridge}
      screen={t('title')}
      roles={deskRoles}
      noAccess={{ heading: t('noAccess.heading'), body: t('noAccess.body') }}
    >
      {(principal, account) => <DeskLoader bridge={bridge} userId={principal.userId} account={account} />}
    </StaffGate>
  );
}

function DeskLoader({ bridge, userId, account }: { bridge: HubBridge; userId: string; account: ReactNode }) {
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

  if (site)
    return <DeskSession site={site} bridge={bridge} clockOffset={offset} userId={userId} account={account} />;
  return (
    <>
      <StaffHeader screen={t('title')} heading={t('title')} account={account} />
      <main className="staff-main">
        {failed ? (
          <div role="alert" className="error-summary">
            {t('loadFailed')}
          </div>
        ) : (
          <p role="status">{t('loading')}</p>
        )}
      </main>
    </>
  );
}
