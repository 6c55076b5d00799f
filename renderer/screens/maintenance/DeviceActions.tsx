// A kiosk row's care buttons: Test print, Reprint last ticket, Clear fault (only with a printer fault), Take out
// of service… or Put back in service, and Preview printout (preset to the kiosk's printer model).
import type { Device } from '../../../machines/contracts/auth.js';
import type { DeviceCommandRequest } from '../../../machines/contracts/deviceCare.js';
import { t } from './maintenanceText.js';

export interface DeviceActionHandlers {
  command: (device: Device, request: DeviceCommandRequest) => void;
  takeOut: (device: Device) => void;
  putBack: (device: Device) => void;
  preview: (device: Device) => void;
}

interface Props {
  device: Device;
  busy: boolean;
  on: DeviceActionHandlers;
}

export function DeviceActions({ device, busy, on }: Props) {
  if (device.role !== 'kiosk' || device.disabled) return null;
  const guard = (action: () => void) => () => {
    if (!busy) action();
  };
  const hidden = <span className="visually-hidden"> {device.name}</span>;
  const button = (label: string, action: () => void) => (
    <button type="button" className="button button--small" aria-disabled={busy} onClick={guard(action)}>
      {label}
      {hidden}
    </button>
  );
  const fault = device.health?.printer.fault ?? null;
  return (
    <fieldset
      className="device-actions"
      aria-label={t('deviceActions.label', { name: device.name })}
      data-testid={`device-actions-${device.id}`}
    >
      {button(t('deviceActions.testPrint'), () => on.command(device, { kind: 'testPrint' }))}
      {button(t('deviceActions.reprint'), () =>
        on.command(device, { kind: 'reprintTicket', ticketId: null }),
      )}
      {fault !== null &&
        button(t('deviceActions.clearFault'), () => on.command(device, { kind: 'clearFault' }))}
      {device.outOfService
        ? button(t('deviceActions.putBack'), () => on.putBack(device))
        : button(t('deviceActions.takeOut'), () => on.takeOut(device))}
      {device.health?.printerModel && button(t('deviceActions.preview'), () => on.preview(device))}
    </fieldset>
  );
}
