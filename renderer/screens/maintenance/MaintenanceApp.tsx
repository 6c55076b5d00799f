// Maintenance screen root: sign-in first (any staff role), then what that role may see — hub, site, queues and
// counters for everyone; service levels and queue intake switches for supervisors and administrators; walk-in
// requests for them and (view only) facilities; devices and app updates for facilities and administrators (only
// administrators start or halt a rollout); staff accounts and audit for administrators; notices listed for
// everyone (supervisors and administrators publish and withdraw); information visit figures and information
// topics (content) for supervisors and administrators; which translations are not yet reviewed, for everyone.
import type { ReactNode } from 'react';
import { StaffRole } from '../../../machines/contracts/auth.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { StaffGate } from '../../shared/StaffGate.js';
import { StaffHeader } from '../../shared/StaffHeader.js';
import { hasRole, type StaffPrincipal } from '../../shared/staffSession.js';
import { useStaffStream } from '../../shared/useStaffStream.js';
import { AuditPanel } from './AuditPanel.js';
import { InfoContentPanel } from './content/InfoContentPanel.js';
import { DevicesPanel } from './DevicesPanel.js';
import { HubOverview, useHubOverview } from './HubOverview.js';
import { InfoReportPanel } from './infoReport/InfoReportPanel.js';
import { t } from './maintenanceText.js';
import { NoticesPanel } from './notices/NoticesPanel.js';
import { QueueIntakePanel } from './QueueIntakePanel.js';
import { RequestsPanel } from './requests/RequestsPanel.js';
import { ServiceLevelsPanel } from './ServiceLevelsPanel.js';
import { StaffPanel } from './StaffPanel.js';
import { TranslationsPanel } from './TranslationsPanel.js';
import { UpdatesPanel } from './UpdatesPanel.js';

/** Who sees which part of maintenance (the hub enforces the same on each route). */
export const sectionRoles = {
  serviceLevels: ['supervisor', 'administrator'],
  queueIntake: ['supervisor', 'administrator'],
  requests: ['supervisor', 'administrator', 'facilities'],
  requestReview: ['supervisor', 'administrator'],
  notices: ['supervisor', 'administrator', 'facilities', 'desk'],
  noticesAct: ['supervisor', 'administrator'],
  infoReport: ['supervisor', 'administrator'],
  infoContent: ['supervisor', 'administrator'],
  devices: ['facilities', 'administrator'],
  updates: ['facilities', 'administrator'],
  updatesAct: ['administrator'],
  staff: ['administrator'],
  audit: ['administrator'],
} as const;

export function MaintenanceApp({ bridge }: { bridge: HubBridge }) {
  return (
    <StaffGate
      bridge={bridge}
      screen={t('title')}
      roles={StaffRole.options}
      noAccess={{ heading: t('noAccess.heading'), body: t('noAccess.body') }}
    >
      {(principal, account) => <MaintenanceScreen bridge={bridge} principal={principal} account={account} />}
    </StaffGate>
  );
}

interface ScreenProps {
  bridge: HubBridge;
  principal: StaffPrincipal;
  account: ReactNode;
}

export function MaintenanceScreen({ bridge, principal, account }: ScreenProps) {
  const { view, connection } = useStaffStream(bridge);
  const overview = useHubOverview(bridge);
  const timeZone = overview.site?.site.timeZone;
  return (
    <>
      <StaffHeader screen={t('title')} heading={t('title')} account={account} />
      <main className="staff-main">
        <p className={`connection connection--${connection}`}>
          <span className="connection__label">{t('connection.heading')}:</span>{' '}
          {t(`connection.${connection}`)}
        </p>
        <HubOverview overview={overview} view={view} />
        {hasRole(principal, sectionRoles.notices) && overview.site && (
          <NoticesPanel
            bridge={bridge}
            site={overview.site}
            canAct={hasRole(principal, sectionRoles.noticesAct)}
            canListDevices={hasRole(principal, sectionRoles.devices)}
          />
        )}
        {hasRole(principal, sectionRoles.queueIntake) && overview.site && (
          <QueueIntakePanel bridge={bridge} site={overview.site} seq={view.seq} />
        )}
        {hasRole(principal, sectionRoles.serviceLevels) && overview.health && (
          <ServiceLevelsPanel bridge={bridge} site={overview.site} today={overview.health.serviceDay} />
        )}
        {hasRole(principal, sectionRoles.infoReport) && timeZone && (
          <InfoReportPanel bridge={bridge} timeZone={timeZone} />
        )}
        {hasRole(principal, sectionRoles.infoContent) && overview.site && (
          <InfoContentPanel bridge={bridge} site={overview.site} />
        )}
        {hasRole(principal, sectionRoles.requests) && (
          <RequestsPanel
            bridge={bridge}
            timeZone={timeZone}
            canAct={hasRole(principal, sectionRoles.requestReview)}
          />
        )}
        {hasRole(principal, sectionRoles.devices) && (
          <DevicesPanel
            bridge={bridge}
            timeZone={timeZone}
            languages={overview.site?.languages}
            queues={overview.site?.queues}
          />
        )}
        {hasRole(principal, sectionRoles.updates) && (
          <UpdatesPanel
            bridge={bridge}
            timeZone={timeZone}
            canAct={hasRole(principal, sectionRoles.updatesAct)}
          />
        )}
        {overview.site && <TranslationsPanel languages={overview.site.languages} />}
        {hasRole(principal, sectionRoles.staff) && <StaffPanel bridge={bridge} selfId={principal.userId} />}
        {hasRole(principal, sectionRoles.audit) && <AuditPanel bridge={bridge} timeZone={timeZone} />}
      </main>
    </>
  );
}
