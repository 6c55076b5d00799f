// App updates (facilities and administrators): the rollout plan in a sentence, every device with its type, app
// version and update state, and (administrators) the controls to start or halt a rollout.
import { useCallback, useState } from 'react';
import type { DeviceUpdateStatus, RolloutPlan, UpdatesOverview } from '../../../machines/contracts/index.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { formatWhen, t } from './maintenanceText.js';
import { RolloutControls } from './RolloutControls.js';
import { type PanelMessage, PanelMessageView } from './rowAction.js';
import { useHubList } from './useHubList.js';

interface Props {
  bridge: HubBridge;
  timeZone?: string | undefined;
  /** Administrators start and halt rollouts; facilities only look. */
  canAct: boolean;
}

export function UpdatesPanel({ bridge, timeZone, canAct }: Props) {
  const load = useCallback(() => bridge.call('listUpdates', {}), [bridge]);
  const [overview, reload] = useHubList(load);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const done = (next: PanelMessage) => {
    setMessage(next);
    if (!next.error) reload();
  };
  return (
    <section className="panel panel--wide" aria-labelledby="updates-heading" data-testid="updates-panel">
      <h2 id="updates-heading">{t('updates.heading')}</h2>
      <PanelMessageView message={message} />
      {overview.status === 'loading' && <p>{t('updates.loading')}</p>}
      {overview.status === 'forbidden' && <p role="alert">{t('error.forbidden')}</p>}
      {overview.status === 'failed' && (
        <p role="alert" className="error-summary">
          {t('updates.loadFailed')}
        </p>
      )}
      {overview.status === 'loaded' && (
        <>
          <PlanSummary overview={overview.value} timeZone={timeZone} />
          <UpdatesTable devices={overview.value.devices} timeZone={timeZone} />
          {canAct && <RolloutControls bridge={bridge} overview={overview.value} onDone={done} />}
        </>
      )}
      <button type="button" className="button button--small" onClick={reload}>
        {t('action.refresh')}
        <span className="visually-hidden"> {t('updates.heading')}</span>
      </button>
    </section>
  );
}

const nameOf = (overview: UpdatesOverview, deviceId: string | null) =>
  overview.devices.find((d) => d.deviceId === deviceId)?.name ?? deviceId ?? '';

/** The plan's state in a sentence (plus who started it, since when the pilot works, why it was halted). */
function planSentence(plan: RolloutPlan, pilot: string): string {
  const version = plan.targetVersion ?? '';
  switch (plan.state) {
    case 'idle':
      return t('updates.plan.idle');
    case 'piloting':
      return t('updates.plan.piloting', { version, pilot, minutes: plan.pilotHealthyMinutes });
    case 'rolling-out':
      return t('updates.plan.rollingOut', { version });
    case 'halted':
      return plan.lastGoodVersion === null
        ? t('updates.plan.haltedStay')
        : t('updates.plan.halted', { version: plan.lastGoodVersion });
  }
}

export function PlanSummary({
  overview,
  timeZone,
}: {
  overview: UpdatesOverview;
  timeZone?: string | undefined;
}) {
  const { plan } = overview;
  const pilot = nameOf(overview, plan.pilotDeviceId);
  return (
    <div className="stack" data-testid="rollout-plan">
      <h3>{t('updates.plan.heading')}</h3>
      <p>{planSentence(plan, pilot)}</p>
      {plan.state === 'piloting' && plan.pilotHealthySince !== null && (
        <p>
          {t('updates.plan.pilotHealthy', {
            pilot,
            version: plan.targetVersion ?? '',
            when: formatWhen(plan.pilotHealthySince, timeZone),
          })}
        </p>
      )}
      {plan.state === 'halted' && plan.haltReason !== null && (
        <p>{t('updates.plan.haltReason', { reason: plan.haltReason })}</p>
      )}
      {plan.startedBy !== null && (
        <p>
          {t('updates.plan.started', { name: plan.startedBy, when: formatWhen(plan.startedAt, timeZone) })}
        </p>
      )}
    </div>
  );
}

function stateText(device: DeviceUpdateStatus): string {
  const version = device.targetVersion ?? device.previousVersion ?? '';
  switch (device.state) {
    case null:
      return t('updates.state.none');
    case 'downloading':
      return t('updates.state.downloading', { version });
    case 'rolled-back':
      return t('updates.state.rolledBack', { version: device.previousVersion ?? '' });
    default:
      return t(`updates.state.${device.state}`);
  }
}

export function UpdatesTable({
  devices,
  timeZone,
}: {
  devices: DeviceUpdateStatus[];
  timeZone?: string | undefined;
}) {
  if (devices.length === 0) return <p>{t('devices.empty')}</p>;
  return (
    <table className="table" data-testid="updates-table">
      <caption className="visually-hidden">{t('updates.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('updates.col.name')}</th>
          <th scope="col">{t('updates.col.role')}</th>
          <th scope="col">{t('updates.col.version')}</th>
          <th scope="col">{t('updates.col.state')}</th>
          <th scope="col">{t('updates.col.reported')}</th>
        </tr>
      </thead>
      <tbody>
        {devices.map((device) => (
          <tr key={device.deviceId}>
            <th scope="row">{device.name}</th>
            <td>{t(`devices.role.${device.role}`)}</td>
            <td>{device.version ?? t('updates.version.unknown')}</td>
            <td>
              {stateText(device)}
              {device.reason && (
                <span className="field__hint"> {t('updates.reason', { reason: device.reason })}</span>
              )}
            </td>
            <td>{formatWhen(device.reportedAt, timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
