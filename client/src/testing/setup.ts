import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { initI18n } from '../lib/i18n';

initI18n();
// a second is too short a wait for the next page on a loaded two-core CI machine (the apply flow timed out once)
configure({ asyncUtilTimeout: 5_000 });
// jsdom has no layout, so no scrolling; navigation calls it
window.scrollTo = () => undefined;
afterEach(() => {
  cleanup();
  localStorage.clear();
});
