// React hook: asks the hub who is next at this counter (GET previewNext) whenever the stream's seq changes,
// debounced so a burst of events makes one request; answers to older requests are dropped.
import { useEffect, useState } from 'react';
import type { NextExplanation } from '../../../machines/contracts/floor.js';
import type { HubBridge } from '../../bridge/hubBridge.js';

export type NextPreview =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; explanation: NextExplanation };

/** Quiet time after the last stream change before asking the hub. */
export const previewDebounceMs = 300;

export function useNextPreview(bridge: HubBridge, counterId: string | null, seq: number | null): NextPreview {
  const [preview, setPreview] = useState<NextPreview>({ status: 'loading' });
  useEffect(() => {
    if (counterId === null || seq === null) return;
    let current = true;
    const timer = setTimeout(() => {
      bridge.call('previewNext', { params: { counterId } }).then(
        (explanation) => current && setPreview({ status: 'ready', explanation }),
        () => current && setPreview({ status: 'failed' }),
      );
    }, previewDebounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [bridge, counterId, seq]);
  return preview;
}
