// A kiosk's link to the hub in the devices table, from its last health report: online, or offline since when
// and for how long; its last outage; tickets it issued offline and those not yet handed over; walk-in requests
// saved on it and not yet handed over; the offline numbers left per queue (by the queue's prefix). A report older
// than 15 minutes says so instead.
import type { Device } from '../../../machines/contracts/auth.js';
import type { QueueConfig } from '../../../machines/contracts/site.js';
import { formatTime, t } from './maintenanceText.js';

/** A health report older than this no longer tells how the kiosk is now. */
export const staleReportMs = 15 * 60_000;

/** "12 min", "under 1 min", "2 h 5 min". */
export function durationText(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('devices.connection.minutes', { minutes });
  return t('devices.connection.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

const secondsBetween = (iso: string, nowMs: number) =>
  Math.max(0, Math.round((nowMs - Date.parse(iso)) / 1000));

interface Props {
  device: Device;
  nowMs: number;
  /** The site's queues, to name lease counts by prefix (the queue id when unknown). */
  queues: readonly Pick<QueueConfig, 'id' | 'prefix'>[];
  timeZone?: string;
}

export function ConnectionCell({ device, nowMs, queues, timeZone }: Props) {
  if (device.role !== 'kiosk') return <td>{t('devices.connection.notApplicable')}</td>;
  const health = device.health;
  if (!health) return <td data-connection="unknown">{t('devices.connection.unknown')}</td>;
  const link = health.connectivity;
  const stale = nowMs - Date.parse(health.reportedAt) > staleReportMs;
  const state = stale
    ? 'stale'
    : link === null
      ? 'unknown'
      : link.offlineSince === null
        ? 'online'
        : 'offline';
  const since = (iso: string) => ({
    time: formatTime(iso, timeZone),
    duration: durationText(secondsBetween(iso, nowMs)),
  });
  const headline =
    state === 'stale'
      ? t('devices.connection.stale', since(health.reportedAt))
      : state === 'unknown'
        ? t('devices.connection.notReported')
        : link?.offlineSince
          ? t('devices.connection.offline', since(link.offlineSince))
          : t('devices.connection.online');
  const prefixOf = (queueId: string) => queues.find((q) => q.id === queueId)?.prefix ?? queueId;
  const lines: string[] = [];
  if (link?.lastOutageSeconds != null) {
    lines.push(t('devices.connection.lastOutage', { duration: durationText(link.lastOutageSeconds) }));
  }
  if (link && (link.offlineIssuedToday > 0 || link.pendingHandOver > 0)) {
    lines.push(
      t('devices.connection.offlineTickets', {
        issued: link.offlineIssuedToday,
        pending: link.pendingHandOver,
      }),
    );
  }
  if (link && link.rejectedHandOver > 0) {
    lines.push(t('devices.connection.rejected', { count: link.rejectedHandOver }));
  }
  if (link && link.pendingCaseRequests > 0) {
    lines.push(t('devices.connection.pendingRequests', { count: link.pendingCaseRequests }));
  }
  if (link && link.leases.length > 0) {
    const left = link.leases.map((lease) => `${prefixOf(lease.queueId)} ${lease.remaining}`).join(', ');
    lines.push(t('devices.connection.numbersLeft', { left }));
  }
  return (
    <td data-connection={state}>
      <span aria-hidden="true">{state === 'online' ? '✓ ' : state === 'offline' ? '✕ ' : '? '}</span>
      <strong>{headline}</strong>
      {lines.map((line) => (
        <span key={line}>
          <br />
          {line}
        </span>
      ))}
    </td>
  );
}
