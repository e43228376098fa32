import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../lib/i18n';
import { isRetryable } from '../lib/graphql';
import { activateSession, staffSession } from '../lib/session';
import { ConsoleApp } from './console-app';
import { addConsoleCatalog } from './console-i18n';
import './console.css';

activateSession(staffSession);
const i18n = initI18n();
addConsoleCatalog();
document.documentElement.lang = i18n.language;

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: (count, error) => isRetryable(error) && count < 2, staleTime: 10_000 } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ConsoleApp />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
