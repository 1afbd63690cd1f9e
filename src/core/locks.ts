/** The part of navigator.locks the tabs use. */
export type LocksLike = {
  request<T>(
    name: string,
    options: { signal?: AbortSignal },
    callback: (lock: unknown) => Promise<T> | T,
  ): Promise<T>;
  /** The locks held now, as the browser sees them for every tab of the origin. */
  query?(): Promise<{ held?: { name?: string }[] }>;
};

/**
 * Holds the lock `name` from when it is granted until the returned release is called or `signal`
 * aborts; undefined when it cannot be had (refused, or aborted while queued).
 */
export const holdLock = (
  locks: LocksLike,
  name: string,
  signal: AbortSignal,
): Promise<(() => void) | undefined> =>
  new Promise((granted) => {
    locks
      .request(
        name,
        { signal },
        () =>
          new Promise<void>((release) => {
            signal.addEventListener('abort', () => release());
            granted(release);
          }),
      )
      .catch(() => granted(undefined));
  });
