// Loads one list from the hub (devices, staff, audit) with loading, failure and forbidden states, and a reload.
import { useCallback, useEffect, useState } from 'react';
import { authProblemOf } from '../../bridge/hubBridge.js';

export type ListState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'failed' }
  | { status: 'forbidden' };

export function useHubList<T>(load: () => Promise<T>): [ListState<T>, () => void] {
  const [state, setState] = useState<ListState<T>>({ status: 'loading' });
  const reload = useCallback(() => {
    load().then(
      (value) => setState({ status: 'loaded', value }),
      (error: unknown) => setState({ status: authProblemOf(error) === 'forbidden' ? 'forbidden' : 'failed' }),
    );
  }, [load]);
  useEffect(reload, [reload]);
  return [state, reload];
}
