import '../lib/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { unstableSetRender } from 'antd-mobile';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/app';
import { pwaUpdate } from './app/pwa-update';
import { initI18n } from '../lib/i18n';
import { largeText } from '../lib/preferences';
import { isRetryable } from '../lib/graphql';
import './styles.css';

// antd-mobile's Dialog and Toast render outside the tree; under React 19 they need this shim
unstableSetRender((node, container) => {
  const host = container as Element & { _root?: Root };
  host._root ??= createRoot(host);
  host._root.render(node);
  return async () => {
    await Promise.resolve();
    host._root?.unmount();
    delete host._root;
  };
});

const i18n = initI18n();
document.documentElement.lang = i18n.language;
largeText.applyStored();
// a storage the browser will not evict keeps drafts safe on a full phone
void navigator.storage?.persist?.();

const updateSW = registerSW({ onNeedRefresh: () => pwaUpdate.offer(() => void updateSW(true)) });

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (count, error) => isRetryable(error) && count < 3, staleTime: 30_000, refetchOnWindowFocus: true },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
