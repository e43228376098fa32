import '../lib/zod-without-eval';
import './dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
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

// antd's light greys (45% black) fail WCAG AA contrast for labels and secondary text
// motion follows the system's "reduce motion" setting (old office PCs, vestibular disorders)
const THEME = {
  token: {
    motion: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    colorPrimary: '#b30d27',
    colorLink: '#a8071a',
    colorError: '#a8071a',
    fontSize: 15,
    colorTextSecondary: '#4d4d4d',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
  },
  // the operator's nine sections, the unit switcher and the account menu fit 1366 px without an overflow menu
  components: { Menu: { itemPaddingInline: 14 } },
};

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: (count, error) => isRetryable(error) && count < 2, staleTime: 10_000 } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={THEME}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <ConsoleApp />
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </I18nextProvider>
  </StrictMode>,
);
