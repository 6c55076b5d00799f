// React hook: the staff event stream folded into a StaffView, asking the bridge for a fresh snapshot on a gap,
// whether the stream is lost (dropped, and no fresh snapshot since), and the notices targeted at desks. The
// notices are also kept per bridge, so a component deeper in the page (the desk's notices banner) reads them
// with `useStaffNotices` without opening a second stream.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { StaffMessage } from '../../machines/contracts/hubEvents.js';
import type { DeviceNotice } from '../../machines/contracts/notices.js';
import { applyStaffMessage, emptyStaffView, type StaffView } from '../../machines/queueView.js';
import type { ConnectionState, HubBridge } from '../bridge/hubBridge.js';

export interface StaffStream {
  view: StaffView;
  connection: ConnectionState;
  /**
   * True from the moment the stream drops (or resyncs after a gap) until the hub's fresh snapshot arrives: the
   * view is the last one known and may be out of date. False before the first connection.
   */
  lost: boolean;
  /** The last notices list the hub sent for desks (including ones that start later; see `activeNotices`). */
  notices: DeviceNotice[];
}

interface NoticesStore {
  notices: DeviceNotice[];
  listeners: Set<() => void>;
}

const noNotices: DeviceNotice[] = [];
const noticeStores = new WeakMap<HubBridge, NoticesStore>();

function noticesStore(bridge: HubBridge): NoticesStore {
  let store = noticeStores.get(bridge);
  if (!store) {
    store = { notices: noNotices, listeners: new Set() };
    noticeStores.set(bridge, store);
  }
  return store;
}

/** Keeps the latest notices list of `bridge`'s staff stream and tells the readers. */
export function publishStaffNotices(bridge: HubBridge, notices: DeviceNotice[]): void {
  const store = noticesStore(bridge);
  store.notices = notices;
  for (const listener of [...store.listeners]) listener();
}

/** The latest notices list the staff stream of `bridge` received (empty before the first). */
export function useStaffNotices(bridge: HubBridge): DeviceNotice[] {
  const store = noticesStore(bridge);
  const subscribe = useCallback(
    (listener: () => void) => {
      store.listeners.add(listener);
      return () => {
        store.listeners.delete(listener);
      };
    },
    [store],
  );
  return useSyncExternalStore(
    subscribe,
    () => store.notices,
    () => store.notices,
  );
}

/** What one stream signal does to `lost`: a drop loses it, a snapshot (the full, fresh picture) restores it. */
export function lostAfter(
  lost: boolean,
  signal: { connection: ConnectionState } | { message: Pick<StaffMessage, 'kind'> },
): boolean {
  if ('connection' in signal) return signal.connection === 'reconnecting' ? true : lost;
  return signal.message.kind === 'snapshot' ? false : lost;
}

export function useStaffStream(bridge: HubBridge): StaffStream {
  const [view, setView] = useState<StaffView>(emptyStaffView);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [lost, setLost] = useState(false);
  const viewRef = useRef<StaffView>(emptyStaffView);

  useEffect(() => {
    const subscription = bridge.subscribe(
      'staff',
      (message) => {
        if (message.kind === 'notices') {
          publishStaffNotices(bridge, message.notices);
          return;
        }
        const before = viewRef.current;
        const after = applyStaffMessage(before, message);
        viewRef.current = after;
        if (after.needsResync && !before.needsResync) subscription.resync();
        if (after !== before) setView(after);
        setLost((was) => lostAfter(was, { message }));
      },
      (state) => {
        setConnection(state);
        setLost((was) => lostAfter(was, { connection: state }));
      },
    );
    return () => subscription.close();
  }, [bridge]);

  const notices = useStaffNotices(bridge);
  return { view, connection, lost, notices };
}
