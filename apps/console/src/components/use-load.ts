import { useCallback, useEffect, useState } from 'react';

/**
 * Loads one custom API call (not a react-admin resource call) and reloads it on `deps` change or
 * `reload()`. Stale answers of an earlier load are dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: Error; isPending: boolean }>({ isPending: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, isPending: true }));
    load().then(
      (data) => live && setState({ data, isPending: false }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error : new Error(String(error)), isPending: false }),
    );
    return () => {
      live = false;
    };
    // `load` is a new closure each render: `deps` say when it changes.
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
