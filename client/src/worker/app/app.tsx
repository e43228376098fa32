import { Button } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginPage } from '../features/auth/login-page';
import { Banner } from '../components/banner';
import type { QuestionId } from '../features/apply/questions';
import { deleteUserData } from '../features/apply/offline/db';
import { useOutboxSync } from '../features/apply/offline/use-offline';
import { session } from '../../lib/session';
import { usePwaUpdate } from './pwa-update';
import { TabBar } from './tab-bar';
import { match, navigate, usePath } from '../../lib/router';

// Screens load when first opened, so the first visit downloads the shell and one screen (bundle budget in README).
// Registration carries the zod schemas; most visits never need them.
const RegisterPage = lazy(() => import('../features/auth/register-page'));
const ResetPage = lazy(() => import('../features/auth/reset-page'));
const CodeLoginPage = lazy(() => import('../features/auth/code-login-page'));
const HomePage = lazy(() => import('./home-page').then((module) => ({ default: module.HomePage })));
const CasePage = lazy(() => import('../features/cases/case-page').then((module) => ({ default: module.CasePage })));
const MyFilePage = lazy(() => import('../features/file/my-file-page').then((module) => ({ default: module.MyFilePage })));
const InboxPage = lazy(() => import('../features/inbox/inbox-page').then((module) => ({ default: module.InboxPage })));
const MePage = lazy(() => import('../features/me/me-page').then((module) => ({ default: module.MePage })));
const PasswordPage = lazy(() => import('../features/me/password-page').then((module) => ({ default: module.PasswordPage })));
const applyPage = <
  K extends 'NewApplicationPage' | 'TaskListPage' | 'QuestionPage' | 'CheckAnswersPage' | 'DeclarationPage' | 'ConfirmationPage',
>(
  name: K,
) => lazy(() => import('../features/apply/apply-pages').then((module) => ({ default: module[name] })));
const NewApplicationPage = applyPage('NewApplicationPage');
const TaskListPage = applyPage('TaskListPage');
const QuestionPage = applyPage('QuestionPage');
const CheckAnswersPage = applyPage('CheckAnswersPage');
const DeclarationPage = applyPage('DeclarationPage');
const ConfirmationPage = applyPage('ConfirmationPage');

const PUBLIC_PATHS = ['/login', '/login-code', '/register', '/reset'];

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};
const useOnline = () =>
  useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
const useSession = () => useSyncExternalStore(session.subscribe, session.current, () => null);
const inWeChat = () => /MicroMessenger/i.test(navigator.userAgent);

function PublicRoutes({ path }: { path: string }) {
  if (path === '/register') return <RegisterPage />;
  if (path === '/reset') return <ResetPage />;
  if (path === '/login-code') return <CodeLoginPage />;
  return <LoginPage />;
}

function SignedInRoutes({ path }: { path: string }) {
  const queryClient = useQueryClient();
  const onSent = useCallback(() => void queryClient.invalidateQueries({ queryKey: ['myCases'] }), [queryClient]);
  const retry = useOutboxSync(onSent);
  let params: Record<string, string> | null;
  if (path === '/') return <HomePage onRetry={() => void retry()} />;
  if (path === '/file') return <MyFilePage />;
  if (path === '/inbox') return <InboxPage />;
  if (path === '/me') return <MePage forgetUser={deleteUserData} />;
  if (path === '/me/password') return <PasswordPage />;
  if (path === '/apply/new') return <NewApplicationPage />;
  if ((params = match('/apply/:id/q/:question', path)))
    return <QuestionPage clientId={params.id} question={params.question as QuestionId} />;
  if ((params = match('/apply/:id/check', path))) return <CheckAnswersPage clientId={params.id} />;
  if ((params = match('/apply/:id/declare', path))) return <DeclarationPage clientId={params.id} />;
  if ((params = match('/apply/:id/done', path))) return <ConfirmationPage clientId={params.id} />;
  if ((params = match('/apply/:id', path))) return <TaskListPage clientId={params.id} />;
  if ((params = match('/cases/:id', path))) return <CasePage key={params.id} id={params.id} />;
  return <HomePage onRetry={() => void retry()} />;
}

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const current = useSession();
  const online = useOnline();
  const update = usePwaUpdate();
  const isPublic = PUBLIC_PATHS.includes(path);

  useEffect(() => {
    if (!current && !isPublic) navigate('/login', { replace: true });
    if (current && isPublic) navigate('/', { replace: true });
  }, [current, isPublic]);

  return (
    <div className="app">
      {inWeChat() && <Banner tone="info">{t('app.wechat')}</Banner>}
      {!online && <Banner tone="warning">{t('app.offline')}</Banner>}
      {update && (
        <Banner
          tone="info"
          action={
            <Button size="small" color="primary" onClick={update}>
              {t('app.updateNow')}
            </Button>
          }
        >
          {t('app.update')}
        </Banner>
      )}
      <Suspense fallback={<p className="page-body">{t('app.loading')}</p>}>
        {!current ? <PublicRoutes path={path} /> : <SignedInRoutes path={path} />}
      </Suspense>
      {current && <TabBar path={path} />}
    </div>
  );
}
