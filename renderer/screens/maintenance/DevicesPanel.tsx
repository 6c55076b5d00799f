// Devices (facilities, administrators): every kiosk and display with its status, printer and connection to the
// hub (refreshed every 30 s); kiosk care (test print, reprint, clear fault, out of service) with each command's result; print
// previews; "Disable" (after a confirmation); adding a device.
import { useCallback, useEffect, useState } from 'react';
import type { Device } from '../../../machines/contracts/auth.js';
import type { DeviceCommandRequest } from '../../../machines/contracts/deviceCare.js';
import type { QueueConfig } from '../../../machines/contracts/site.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { useNow } from '../../shared/useNow.js';
import { AddDeviceForm } from './AddDeviceForm.js';
import { CommandStatusList } from './CommandStatusList.js';
import type { DeviceActionHandlers } from './DeviceActions.js';
import { DeviceTable } from './DeviceTable.js';
import { sendDeviceCommand } from './deviceCommands.js';
import { t } from './maintenanceText.js';
import { OutOfServiceForm } from './OutOfServiceForm.js';
import { putBackInService } from './outOfService.js';
import { type PreviewPreset, PrintPreviewPanel } from './PrintPreviewPanel.js';
import { PanelMessageView, useRowAction } from './rowAction.js';
import { useDeviceCommands } from './useDeviceCommands.js';
import { useHubList } from './useHubList.js';

interface Props {
  bridge: HubBridge;
  timeZone?: string;
  /** The site's languages, for print previews (English until the site loads). */
  languages?: readonly string[];
  /** The site's queues, to name each kiosk's offline numbers left by prefix. */
  queues?: readonly QueueConfig[];
}

/** How often the list (and so each kiosk's printer health) is fetched again. */
export const devicesRefreshMs = 30_000;

export function DevicesPanel({ bridge, timeZone, languages = ['en'], queues = [] }: Props) {
  const nowMs = useNow(devicesRefreshMs);
  const load = useCallback(async () => (await bridge.call('listDevices', {})).devices, [bridge]);
  const [devices, reload] = useHubList(load);
  const { busyId, message, setMessage, run } = useRowAction(reload);
  const [sendingId, setSendingId] = useState<string | null>(null);
  const [outOfServiceFor, setOutOfServiceFor] = useState<Device | null>(null);
  const [preset, setPreset] = useState<PreviewPreset | null>(null);
  const commands = useDeviceCommands(bridge);
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

  const command = (device: Device, request: DeviceCommandRequest) => {
    setSendingId(device.id);
    setMessage(null);
    sendDeviceCommand(bridge, device, request).then((result) => {
      setSendingId(null);
      if (result.ok) commands.add(result.tracked);
      else setMessage({ text: result.text, error: true });
    });
  };

  const actions: DeviceActionHandlers = {
    command,
    takeOut: (device) => {
      setMessage(null);
      setOutOfServiceFor(device);
    },
    putBack: (device) => {
      setSendingId(device.id);
      setMessage(null);
      putBackInService(bridge, device).then(({ ok, text }) => {
        setSendingId(null);
        setMessage({ text, error: !ok });
        if (ok) reload();
      });
    },
    preview: (device) => {
      const printerModel = device.health?.printerModel;
      if (printerModel) setPreset((p) => ({ printerModel, request: (p?.request ?? 0) + 1 }));
    },
  };

  return (
    <section className="panel panel--wide" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('devices.heading')}</h2>
      <PanelMessageView message={message} />
      <DeviceTable
        devices={devices}
        busyId={busyId ?? sendingId}
        timeZone={timeZone}
        queues={queues}
        nowMs={nowMs}
        onDisable={disable}
        actions={actions}
      />
      <CommandStatusList tracked={commands.tracked} />
      {outOfServiceFor && (
        <OutOfServiceForm
          key={outOfServiceFor.id}
          bridge={bridge}
          device={outOfServiceFor}
          onCancel={() => setOutOfServiceFor(null)}
          onDone={(text) => {
            setOutOfServiceFor(null);
            setMessage({ text, error: false });
            reload();
          }}
        />
      )}
      <button type="button" className="button button--small" onClick={reload}>
        {t('action.refresh')}
        <span className="visually-hidden"> {t('devices.heading')}</span>
      </button>
      <PrintPreviewPanel bridge={bridge} languages={languages} preset={preset} />
      <AddDeviceForm bridge={bridge} timeZone={timeZone} onCreated={reload} />
    </section>
  );
}
