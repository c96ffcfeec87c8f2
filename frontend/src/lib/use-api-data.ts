import { useEffect, useState } from 'react';
import { ApiError } from './api-client';

export interface ApiData<T> {
  data: T | undefined;
  /** the API's words when loading failed */
  error: string | null;
  status: number | null;
}

/**
 * Loads data once per `load` function (pass a stable function, e.g. one declared at module level or
 * wrapped in useCallback) and keeps the API's error in words.
 */
export function useApiData<T>(load: () => Promise<T>): ApiData<T> {
  const [state, setState] = useState<ApiData<T>>({ data: undefined, error: null, status: null });
  useEffect(() => {
    let current = true;
    load()
      .then((data) => current && setState({ data, error: null, status: null }))
      .catch((e) => {
        if (!current) return;
        setState({
          data: undefined,
          error: e instanceof ApiError ? e.message : 'This could not be loaded; try again',
          status: e instanceof ApiError ? e.status : null,
        });
      });
    return () => {
      current = false;
    };
  }, [load]);
  return state;
}
