import { useSyncExternalStore } from 'react';

const KEY = 'bangfu.largeText';
const listeners = new Set<() => void>();

const apply = (on: boolean) => document.documentElement.classList.toggle('large-text', on);

/** 长辈版: the whole app at 150% text, kept on this phone. */
export const largeText = {
  get: (): boolean => localStorage.getItem(KEY) === '1',
  set(on: boolean) {
    localStorage.setItem(KEY, on ? '1' : '0');
    apply(on);
    listeners.forEach((listener) => listener());
  },
  applyStored: () => apply(largeText.get()),
};

export const useLargeText = (): boolean =>
  useSyncExternalStore(
    (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    largeText.get,
    () => false,
  );
