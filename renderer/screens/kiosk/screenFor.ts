// Which kiosk screen shows for a snapshot of the visit flow (one screen per question or outcome; `request` is
// the whole "Report a problem" flow, whose own screens follow its child machine).
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
  'service',
  'needs',
  'interpreter',
  'accessibility',
  'confirm',
  'issuing',
  'ticket',
  'requestReceipt',
  'issueFailed',
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
