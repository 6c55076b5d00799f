// The kiosk agent's metrics from its own status: link to the hub, offline log depth and numbers left, printer and
// device state, and the process. Labels are enums and queue ids only.
import type { KioskStatus } from '../../../machines/contracts/index.js';
import { PrinterHealthState } from '../../../machines/contracts/index.js';
import type { ProcessMetrics } from '../../hub/monitoring/processMetrics.js';
import { type MetricFamily, stateSamples } from '../../hub/monitoring/promText.js';

const deviceStates = ['enrolled', 'not-enrolled', 'disabled'] as const;

export function agentMetrics(status: KioskStatus, process: ProcessMetrics, now: Date): MetricFamily[] {
  const link = status.connectivity;
  const offlineSeconds = link?.offlineSince
    ? Math.max(0, (now.getTime() - Date.parse(link.offlineSince)) / 1000)
    : 0;
  return [
    {
      name: 'lobby311_agent_hub_connected',
      help: 'The hub answered the agent just now (1) or not (0).',
      type: 'gauge',
      samples: [{ value: status.hub === 'online' ? 1 : 0 }],
    },
    {
      name: 'lobby311_agent_offline_seconds',
      help: 'Length of the current hub outage as the agent tracks it (0: connected).',
      type: 'gauge',
      samples: [{ value: offlineSeconds }],
    },
    {
      name: 'lobby311_agent_offline_log_depth',
      help: "Entries in the kiosk's offline log not yet accepted by the hub, by kind.",
      type: 'gauge',
      samples: [
        { labels: { kind: 'tickets' }, value: link?.pendingHandOver ?? 0 },
        { labels: { kind: 'rejected_tickets' }, value: link?.rejectedHandOver ?? 0 },
        { labels: { kind: 'case_requests' }, value: link?.pendingCaseRequests ?? 0 },
      ],
    },
    {
      name: 'lobby311_agent_offline_numbers_remaining',
      help: "Offline ticket numbers left in this kiosk's leases today, by queue.",
      type: 'gauge',
      samples: (link?.leases ?? []).map((lease) => ({
        labels: { queue: lease.queueId },
        value: lease.remaining,
      })),
    },
    {
      name: 'lobby311_agent_printer_state',
      help: "The receipt printer's state (1: the current state).",
      type: 'gauge',
      samples: stateSamples(PrinterHealthState.options, status.printerHealth?.state ?? null),
    },
    {
      name: 'lobby311_agent_device_state',
      help: "This kiosk's standing with the hub (1: the current state).",
      type: 'gauge',
      samples: stateSamples(deviceStates, status.device),
    },
    ...process.families('lobby311_agent'),
  ];
}
