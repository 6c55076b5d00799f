// Devices (facilities, administrators): every kiosk and display with its type, when it was last seen, whether
// it works and each kiosk's printer health (refreshed every 30 s); "Disable" (after a confirmation) stops one.
import { useCallback, useEffect } from 'react';
import type { Device } from '../../../machines/contracts/auth.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { AddDeviceForm } from './AddDeviceForm.js';
import { ConfirmAction } from './ConfirmAction.js';
import { formatWhen, t } from './maintenanceText.js';
import { PrinterHealthCell } from './PrinterHealthCell.js';
import { PanelMessageView, useRowAction } from './rowAction.js';
import { type ListState, useHubList } from './useHubList.js';

interface Props {
  bridge: HubBridge;
  timeZone?: string;
}

/** How often the list (and so each kiosk's printer health) is fetched again. */
export const devicesRefreshMs = 30_000;

export function DevicesPanel({ bridge, timeZone }: Props) {
  const load = useCallback(async () => (await bridge.call('listDevices', {})).devices, [bridge]);
  const [devices, reload] = useHubList(load);
  const { busyId, message, run } = useRowAction(reload);
  useEffect(() => {
    const timer = setInterval(reload, devicesRefreshMs);
    return () => clearInterval(timer);
  }, [reload]);

  const disable = (device: Device) =>
    run(
      device.id,
      () => bridge.call('disableDevice', { params: { deviceId: device.id }, body: {} }),
      t('devices.disabled', { name: device.name }),
      t('devices.disableFailed', { name: device.name }),
    );

  return (
    <section className="panel panel--wide" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('devices.heading')}</h2>
      <PanelMessageView message={message} />
      <DeviceTable devices={devices} busyId={busyId} timeZone={timeZone} onDisable={disable} />
      <button type="button" className="button button--small" onClick={reload}>
        {t('action.refresh')}
        <span className="visually-hidden"> {t('devices.heading')}</span>
      </button>
      <AddDeviceForm bridge={bridge} timeZone={timeZone} onCreated={reload} />
    </section>
  );
}

interface TableProps {
  devices: ListState<Device[]>;
  busyId: string | null;
  timeZone?: string;
  onDisable: (device: Device) => void;
}

export function DeviceTable({ devices, busyId, timeZone, onDisable }: TableProps) {
  if (devices.status === 'loading') return <p>{t('devices.loading')}</p>;
  if (devices.status === 'forbidden') return <p role="alert">{t('error.forbidden')}</p>;
  if (devices.status === 'failed') {
    return (
      <p role="alert" className="error-summary">
        {t('devices.loadFailed')}
      </p>
    );
  }
  if (devices.value.length === 0) return <p>{t('devices.empty')}</p>;
  return (
    <table className="table" data-testid="devices-table">
      <caption className="visually-hidden">{t('devices.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('devices.col.name')}</th>
          <th scope="col">{t('devices.col.role')}</th>
          <th scope="col">{t('devices.col.lastSeen')}</th>
          <th scope="col">{t('devices.col.status')}</th>
          <th scope="col">{t('devices.col.printer')}</th>
          <th scope="col">{t('devices.col.action')}</th>
        </tr>
      </thead>
      <tbody>
        {devices.value.map((device) => (
          <tr key={device.id}>
            <th scope="row">{device.name}</th>
            <td>{t(`devices.role.${device.role}`)}</td>
            <td>{formatWhen(device.lastSeenAt, timeZone)}</td>
            <td>{t(device.disabled ? 'devices.status.disabled' : 'devices.status.working')}</td>
            <PrinterHealthCell device={device} timeZone={timeZone} />
            <td>
              {!device.disabled && (
                <ConfirmAction
                  label={t('devices.disable')}
                  subject={device.name}
                  question={t('devices.disableConfirm', { name: device.name })}
                  confirmLabel={t('devices.disableYes')}
                  busy={busyId === device.id}
                  onConfirm={() => onDisable(device)}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
