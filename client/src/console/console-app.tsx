import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, usePath } from '../lib/router';
import { StaffLoginPage } from './auth/login-page';
import { useStaffSession } from './use-console';

// the first screen downloads only what it shows: the plain sign-in form, or antd with the signed-in shell and its section
const loadShell = () => import('./console-shell');
const ConsoleShell = lazy(() => loadShell().then((module) => ({ default: module.ConsoleShell })));

/** The staff and union console: its own entry, never loaded by the worker app. */
export function ConsoleApp() {
  const { t } = useTranslation();
  const path = usePath();
  const current = useStaffSession();
  useEffect(() => {
    if (!current && path !== '/console/login') navigate('/console/login', { replace: true });
  }, [current, path]);
  // while the person types, the shell downloads in the background so signing in does not wait for it
  useEffect(() => {
    if (!current) (window.requestIdleCallback ?? setTimeout)(() => void loadShell());
  }, [current]);
  if (!current) return <StaffLoginPage />;
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      }
    >
      <ConsoleShell />
    </Suspense>
  );
}
