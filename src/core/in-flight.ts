/** Shares one call in flight per key: whoever asks while it runs gets the same promise. */
export const createInFlight = () => {
  const running = new Map<string, Promise<unknown>>();
  return <T>(key: string, start: () => Promise<T>): Promise<T> => {
    let call = running.get(key) as Promise<T> | undefined;
    if (!call) {
      call = start().finally(() => running.delete(key));
      running.set(key, call);
    }
    return call;
  };
};
