// The devices table: each kiosk and display with its type, when last seen, whether it works or is out of service
// (and what visitors see), its printer, its connection to the hub, and its actions (care buttons for kiosks, then
// Disable).
import type { Device } from '../../../machines/contracts/auth.js';
import type { QueueConfig } from '../../../machines/contracts/site.js';
import { ConfirmAction } from './ConfirmAction.js';
import { ConnectionCell } from './ConnectionCell.js';
import { type DeviceActionHandlers, DeviceActions } from './DeviceActions.js';
import { formatWhen, t } from './maintenanceText.js';
import { PrinterHealthCell } from './PrinterHealthCell.js';
import type { ListState } from './useHubList.js';

interface TableProps {
  devices: ListState<Device[]>;
  busyId: string | null;
  timeZone?: string;
  /** The site's queues (lease counts are named by prefix). */
  queues?: readonly Pick<QueueConfig, 'id' | 'prefix'>[];
  /** Now, for "offline for 12 min" and stale reports (the panel passes a ticking clock). */
  nowMs?: number;
  onDisable: (device: Device) => void;
  /** The kiosk care buttons; absent: only Disable is offered. */
  actions?: DeviceActionHandlers;
}

export function DeviceTable(props: TableProps) {
  const { devices, busyId, timeZone, onDisable, actions, queues = [], nowMs = Date.now() } = props;
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
          <th scope="col">{t('devices.col.connection')}</th>
          <th scope="col">{t('devices.col.action')}</th>
        </tr>
      </thead>
      <tbody>
        {devices.value.map((device) => (
          <tr key={device.id}>
            <th scope="row">{device.name}</th>
            <td>{t(`devices.role.${device.role}`)}</td>
            <td>{formatWhen(device.lastSeenAt, timeZone)}</td>
            <DeviceStatusCell device={device} timeZone={timeZone} />
            <PrinterHealthCell device={device} timeZone={timeZone} />
            <ConnectionCell device={device} nowMs={nowMs} queues={queues} timeZone={timeZone} />
            <td>
              {actions && <DeviceActions device={device} busy={busyId === device.id} on={actions} />}
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

/** Working, Disabled, or out of service since when, with the message visitors see. */
function DeviceStatusCell({ device, timeZone }: { device: Device; timeZone?: string }) {
  if (device.disabled) return <td>{t('devices.status.disabled')}</td>;
  const out = device.outOfService;
  if (!out) return <td>{t('devices.status.working')}</td>;
  return (
    <td data-out-of-service="true">
      <span aria-hidden="true">⛔ </span>
      <strong>{t('devices.status.outOfService', { time: formatWhen(out.since, timeZone) })}</strong>
      <br />
      <span className="device-message">{t('devices.outOfService.message', { message: out.message })}</span>
    </td>
  );
}
