import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { readonly status: 'loading'; readonly data: T | null }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: unknown; readonly data: T | null };

/**
 * Loads data for a view and reloads it when `key` changes; `reload` fetches again while
 * the last data stays on screen. Answers to superseded requests are ignored.
 */
export function useResource<T>(key: string | null, load: () => Promise<T>): [Resource<T>, () => void] {
  const [state, setState] = useState<Resource<T>>({ status: 'loading', data: null });
  const [generation, setGeneration] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  const lastKey = useRef<string | null>(null);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    const sameKey = lastKey.current === key;
    lastKey.current = key;
    setState((previous) => ({ status: 'loading', data: sameKey ? previous.data : null }));
    loader.current().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState((previous) => ({ status: 'error', error, data: previous.data })),
    );
    return () => {
      live = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload];
}
