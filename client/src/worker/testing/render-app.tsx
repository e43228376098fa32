import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18next from 'i18next';
import { App } from '../app/app';
import { session } from '../../lib/session';

/** The whole worker app at `path`, signed in as `userId`, with a fresh query cache. */
export function renderApp(path: string, userId = `worker-${Math.random().toString(36).slice(2)}`) {
  session.signIn({ token: 'test-token', user: { id: userId, name: '孙大伟' } });
  history.replaceState(null, '', path);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <I18nextProvider i18n={i18next}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, userId };
}
