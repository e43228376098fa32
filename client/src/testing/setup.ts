import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { initI18n } from '../lib/i18n';

initI18n();
// jsdom has no layout, so no scrolling; navigation calls it
window.scrollTo = () => undefined;
afterEach(() => {
  cleanup();
  localStorage.clear();
});
