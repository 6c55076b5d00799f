// The commands sent from this screen (newest first), re-read every few seconds while any is still pending.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { commandRefreshMs, isPending, refreshPending, type TrackedCommand } from './deviceCommands.js';

/** How many sent commands the status region keeps. */
const kept = 5;

export interface DeviceCommands {
  tracked: TrackedCommand[];
  /** Adds a command the hub just queued (it shows as pending until the kiosk reports). */
  add: (entry: TrackedCommand) => void;
}

export function useDeviceCommands(bridge: HubBridge): DeviceCommands {
  const [tracked, setTracked] = useState<TrackedCommand[]>([]);
  const latest = useRef(tracked);
  latest.current = tracked;
  const add = useCallback(
    (entry: TrackedCommand) => setTracked((list) => [entry, ...list].slice(0, kept)),
    [],
  );
  const pending = tracked.some(isPending);

  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    let reading = false;
    const timer = setInterval(() => {
      if (reading) return;
      reading = true;
      refreshPending(bridge, latest.current).then((fresh) => {
        reading = false;
        if (!stopped) setTracked((list) => keepFresh(list, fresh));
      });
    }, commandRefreshMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [bridge, pending]);

  return { tracked, add };
}

/** Newer states from a read, for the commands still listed (one sent meanwhile stays as it is). */
function keepFresh(list: TrackedCommand[], fresh: TrackedCommand[]): TrackedCommand[] {
  const byId = new Map(fresh.map((e) => [e.command.id, e]));
  return list.map((e) => byId.get(e.command.id) ?? e);
}
