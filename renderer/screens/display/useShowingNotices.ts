// React hook: the notices showing now by a clock `offsetMs` from this computer's (the hub's clock), recomputed
// when the list changes and at the exact moment the showing set next changes, so notices start and end on time
// without a new message from the hub. `onUpdate` (keep it stable) hears each recomputation with its clock.
import { useEffect, useMemo, useState } from 'react';
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import { activeNotices, msUntilNextChange } from '../../../machines/notices/activeNotices.js';

/** Longest delay setTimeout accepts; a later change is reached by waiting again. */
const maxTimerMs = 2 ** 31 - 1;

export interface ShowingNotices {
  /** Showing now, emergencies first. */
  showing: DeviceNotice[];
  /** The clock (ms) `showing` was computed at. */
  nowMs: number;
}

export function useShowingNotices(
  notices: readonly DeviceNotice[],
  offsetMs: number,
  onUpdate?: (notices: readonly DeviceNotice[], nowMs: number) => void,
): ShowingNotices {
  const [nowMs, setNowMs] = useState(() => Date.now() + offsetMs);

  useEffect(() => {
    let id: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const now = Date.now() + offsetMs;
      setNowMs(now);
      onUpdate?.(notices, now);
      const wait = msUntilNextChange(notices, new Date(now));
      if (wait !== null) id = setTimeout(update, Math.min(wait, maxTimerMs));
    };
    update();
    return () => clearTimeout(id);
  }, [notices, offsetMs, onUpdate]);

  const showing = useMemo(() => activeNotices(notices, new Date(nowMs)), [notices, nowMs]);
  return { showing, nowMs };
}
