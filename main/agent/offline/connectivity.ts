// Whether the hub answers: every hub call of the agent goes through a tracking client, so the agent knows at
// once when an outage begins and ends, how long the last one lasted, and tells listeners of each change.
import { type HubClient, HubError, HubUnreachableError } from '../../../machines/contracts/index.js';

/** The hub could not be reached or answered through a failing proxy (timeout, 502/503/504 without its own code). */
export function hubUnreachable(err: unknown): boolean {
  if (err instanceof HubUnreachableError) return true;
  if (!(err instanceof HubError)) return false;
  if (err.code === 'lease-exhausted') return false;
  return err.status === 502 || err.status === 503 || err.status === 504;
}

export interface ConnectivityTracker {
  online(): boolean;
  /** When the current outage began (null: online). */
  offlineSince(): string | null;
  /** Length of the last outage that ended, in whole seconds (null: none yet). */
  lastOutageSeconds(): number | null;
  /** A hub call succeeded. */
  noteContact(): void;
  /** A hub call failed as unreachable. */
  noteUnreachable(): void;
  /** Runs on every change between online and offline. */
  onChange(listener: (online: boolean) => void): () => void;
  /** Runs after every successful hub call. */
  onContact(listener: () => void): () => void;
}

export function createConnectivityTracker(now: () => Date): ConnectivityTracker {
  let since: Date | null = null;
  let lastOutage: number | null = null;
  const changeListeners = new Set<(online: boolean) => void>();
  const contactListeners = new Set<() => void>();
  return {
    online: () => since === null,
    offlineSince: () => since?.toISOString() ?? null,
    lastOutageSeconds: () => lastOutage,
    noteContact() {
      if (since !== null) {
        lastOutage = Math.max(0, Math.round((now().getTime() - since.getTime()) / 1000));
        since = null;
        for (const l of changeListeners) l(true);
      }
      for (const l of contactListeners) l();
    },
    noteUnreachable() {
      if (since !== null) return;
      since = now();
      for (const l of changeListeners) l(false);
    },
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    onContact(listener) {
      contactListeners.add(listener);
      return () => contactListeners.delete(listener);
    },
  };
}

/** The same client, reporting each call's outcome to `tracker` (a hub error is still contact). */
export function trackedHubClient(hub: HubClient, tracker: ConnectivityTracker): HubClient {
  return {
    async call(route, args) {
      try {
        const result = await hub.call(route, args);
        tracker.noteContact();
        return result;
      } catch (err) {
        if (hubUnreachable(err)) tracker.noteUnreachable();
        else if (err instanceof HubError) tracker.noteContact();
        throw err;
      }
    },
  };
}
