// The kiosk flow's fetches from the agent, as invoke configs: the hub's intake and the agent's own status.
import type { Intake } from '../contracts/floor.js';
import type { KioskStatus } from '../contracts/kioskApi.js';

/** Asks the hub for the intake when a screen opens; a failure leaves no figures (every service offered). */
export const fetchIntake = {
  src: 'loadIntake',
  onDone: {
    actions: { type: 'storeIntake', params: ({ event }: { event: { output: Intake } }) => event.output },
  },
  onError: { actions: { type: 'storeIntake', params: () => null } },
} as const;

type StatusDone = { event: { output: KioskStatus } };

/** Keeps the agent's status answer (a failed call keeps the last one). */
export const storeStatusOnly = {
  actions: { type: 'storeStatus', params: ({ event }: StatusDone) => event.output },
} as const;

/** Matches a status answer that says facilities took the kiosk out of service (and keeps it). */
export const whenClosed = {
  ...storeStatusOnly,
  guard: { type: 'isClosedByStaff', params: ({ event }: StatusDone) => event.output },
} as const;

/** Asks the agent for its status and keeps the answer; a failure is not an error: the last answer stays. */
export const fetchStatus = {
  id: 'loadStatus',
  src: 'loadStatus',
  onDone: storeStatusOnly,
  onError: { actions: [] },
} as const;
