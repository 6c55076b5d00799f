// React hook: the staff event stream folded into a StaffView, asking the bridge for a fresh snapshot on a gap.
import { useEffect, useRef, useState } from 'react';
import { applyStaffMessage, emptyStaffView, type StaffView } from '../../machines/queueView.js';
import type { ConnectionState, HubBridge } from '../bridge/hubBridge.js';

export interface StaffStream {
  view: StaffView;
  connection: ConnectionState;
}

export function useStaffStream(bridge: HubBridge): StaffStream {
  const [view, setView] = useState<StaffView>(emptyStaffView);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
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
      },
      setConnection,
    );
    return () => subscription.close();
  }, [bridge]);

  return { view, connection };
}
