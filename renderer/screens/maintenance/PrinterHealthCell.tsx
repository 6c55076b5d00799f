// A kiosk's printer health in the devices table: an icon and plain words (never colour alone), since when, and
// the printer model the kiosk reports.
import type { Device, PrinterHealthState } from '../../../machines/contracts/index.js';
import { formatWhen, t } from './maintenanceText.js';
import { printerModelLabel } from './printPreview.js';

/** A shape per kind of state, so the state reads without colour: fine, warning, fault, in between. */
const icons: Record<PrinterHealthState, string> = {
  ready: '✓',
  paperLow: '⚠',
  paperOut: '✕',
  coverOpen: '✕',
  cutterError: '✕',
  offline: '✕',
  recovering: '↻',
  none: '–',
};

interface Props {
  device: Device;
  timeZone?: string;
}

export function PrinterHealthCell({ device, timeZone }: Props) {
  if (device.role !== 'kiosk') return <td>{t('devices.printer.notApplicable')}</td>;
  const printer = device.health?.printer;
  if (!printer) return <td>{t('devices.printer.unknown')}</td>;
  return (
    <td data-printer-state={printer.state}>
      <span aria-hidden="true">{icons[printer.state]} </span>
      <strong>{t(`devices.printer.${printer.state}`)}</strong>
      <br />
      <span>{t('devices.printer.since', { time: formatWhen(printer.since, timeZone) })}</span>
      {device.health?.printerModel && (
        <>
          <br />
          <span>{t('devices.printer.model', { model: printerModelLabel(device.health.printerModel) })}</span>
        </>
      )}
    </td>
  );
}
