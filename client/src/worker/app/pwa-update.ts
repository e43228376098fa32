import { useSyncExternalStore } from 'react';

/** Set by the service-worker registration when a new version is waiting; the app shows a prompt. */
let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

export const pwaUpdate = {
  offer(update: () => void) {
    apply = update;
    listeners.forEach((listener) => listener());
  },
};

export const usePwaUpdate = (): (() => void) | null =>
  useSyncExternalStore(
    (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    () => apply,
    () => null,
  );
