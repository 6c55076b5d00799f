// Which kiosk screen shows for a snapshot of the visit flow (one screen per question or outcome; `request` and
// `info` are the whole "Report a problem" and "Find information" flows, whose screens follow their child machines).
import type { SnapshotFrom } from 'xstate';
import type { KioskFlowMachine } from '../../../machines/kioskFlow.js';

export const kioskScreens = [
  'loading',
  'unavailable',
  'welcome',
  'closedByStaff',
  'scanStatus',
  'language',
  'purpose',
  'request',
  'info',
  'service',
  'needs',
  'interpreter',
  'accessibility',
  'confirm',
  'issuing',
  'ticket',
  'requestReceipt',
  'issueFailed',
  'emergency',
] as const;

export type KioskScreen = (typeof kioskScreens)[number];

type Snapshot = Pick<SnapshotFrom<KioskFlowMachine>, 'value'>;

export function screenFor(snapshot: Snapshot): KioskScreen {
  const { value } = snapshot;
  if (typeof value === 'string') return value;
  return value.visit.step;
}

/** True while the "Do you need more time?" dialog should be open. */
export function isIdleWarning(snapshot: Snapshot): boolean {
  return typeof snapshot.value !== 'string' && snapshot.value.visit.idle === 'warning';
}
