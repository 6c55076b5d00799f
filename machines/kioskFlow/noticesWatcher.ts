// Watches the notices this kiosk knows: long-polls the agent (`waitForNotices`) and sends each new set to the flow
// (`notices.updated`); after a failed call it waits `retryMs` on the actor system's clock before asking again.
import { fromCallback } from 'xstate';
import type { KioskNotices, WaitForNoticesInput } from '../contracts/kioskApi.js';
import type { DeviceNotice } from '../contracts/notices.js';

/** How long the watcher waits after a failed call before asking the agent again. */
export const NOTICES_RETRY_MS = 5_000;

export type NextNotices = (input: WaitForNoticesInput) => Promise<KioskNotices>;

export type NoticesUpdated = { type: 'notices.updated'; notices: DeviceNotice[] };

/** The event the watcher schedules for itself when a call failed. */
export type NoticesRetry = { type: 'notices.retry' };

const RETRY_ID = 'notices.retry';

/**
 * Callback logic for the flow's root-level `watchNotices` actor. Sends the set whenever the agent's version
 * moves past the last one seen (the first answer too, even when empty, so the flow knows where it stands).
 * Stopping the actor cancels its retry; a call still in flight when it stops is ignored when it settles.
 */
export function noticesWatcher(next: NextNotices, retryMs = NOTICES_RETRY_MS) {
  return fromCallback<NoticesRetry>(({ sendBack, receive, self, system }) => {
    let afterVersion = 0;
    let first = true;
    let stopped = false;
    const call = (): Promise<KioskNotices> => {
      try {
        return next({ afterVersion });
      } catch (error) {
        return Promise.reject(error);
      }
    };
    const ask = () => {
      call().then(
        ({ version, notices }) => {
          if (stopped) return;
          if (first || version !== afterVersion) {
            first = false;
            afterVersion = version;
            sendBack({ type: 'notices.updated', notices } satisfies NoticesUpdated);
          }
          ask();
        },
        () => {
          if (!stopped) system.scheduler.schedule(self, self, { type: 'notices.retry' }, retryMs, RETRY_ID);
        },
      );
    };
    receive((event) => {
      if (event.type === 'notices.retry') ask();
    });
    ask();
    return () => {
      stopped = true;
      system.scheduler.cancel(self, RETRY_ID);
    };
  });
}
