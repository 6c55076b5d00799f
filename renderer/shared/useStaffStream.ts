// React hook: the staff event stream folded into a StaffView, asking the bridge for a fresh snapshot on a gap,
// and whether the stream is lost (dropped, and no fresh snapshot since).
import { useEffect, useRef, useState } from 'react';
import type { StaffMessage } from '../../machines/contracts/hubEvents.js';
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

  return { view, connection, lost };
}
