import '../lib/zod-without-eval';
import './dayjs';
import { App as AntApp, Button, ConfigProvider, Layout, Menu, Select, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { match, navigate, updateSearch, usePath, useSearch } from '../lib/router';
import { execute } from '../lib/graphql';
import { session } from '../lib/session';
import { STAFF_LOGOUT, UNIT_NAME } from './api';
import { AccountMenu } from './auth/change-password';
import { RECORD_READ_ROLES } from '@bangfu/shared/enums';
import { useCurrentUnit, useMe } from './use-console';

const QueuePage = lazy(() => import('./queue/queue-page').then((module) => ({ default: module.QueuePage })));
const DeskRegistrationPage = lazy(() =>
  import('./case-work/desk-registration-page').then((module) => ({ default: module.DeskRegistrationPage })),
);
const CaseWorkPage = lazy(() => import('./case-work/case-work-page').then((module) => ({ default: module.CaseWorkPage })));
const FilesPage = lazy(() => import('./files/files-page').then((module) => ({ default: module.FilesPage })));
const FilePage = lazy(() => import('./files/file-page').then((module) => ({ default: module.FilePage })));
const NewFilePage = lazy(() => import('./files/new-file-page').then((module) => ({ default: module.NewFilePage })));
const IdentityCheckPage = lazy(() => import('./files/identity-check-page').then((module) => ({ default: module.IdentityCheckPage })));
const FundsPage = lazy(() => import('./funds/funds-page').then((module) => ({ default: module.FundsPage })));
const PayoutsPage = lazy(() => import('./payouts/payouts-page').then((module) => ({ default: module.PayoutsPage })));
const CampaignsPage = lazy(() => import('./campaigns/campaigns-page').then((module) => ({ default: module.CampaignsPage })));
const ReviewsPage = lazy(() => import('./reviews/reviews-page').then((module) => ({ default: module.ReviewsPage })));
const AssessmentsPage = lazy(() => import('./assessments/assessments-page').then((module) => ({ default: module.AssessmentsPage })));
const UnitsPage = lazy(() => import('./admin/units-page').then((module) => ({ default: module.UnitsPage })));
const RulesPage = lazy(() => import('./rules/rules-page').then((module) => ({ default: module.RulesPage })));
const AuditPage = lazy(() => import('./audit/audit-page').then((module) => ({ default: module.AuditPage })));
const NoticesPage = lazy(() => import('./notices/notices-page').then((module) => ({ default: module.NoticesPage })));
const ExchangePage = lazy(() => import('./exchange/exchange-page').then((module) => ({ default: module.ExchangePage })));
const ReturnsPage = lazy(() => import('./returns/returns-page').then((module) => ({ default: module.ReturnsPage })));
// ECharts loads with the dashboard only
const DashboardPage = lazy(() => import('./dashboard/dashboard-page').then((module) => ({ default: module.DashboardPage })));

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
  // the ten sections of a union admin, the unit switcher and the account menu fit 1366 px without an overflow menu
  components: { Menu: { itemPaddingInline: 9 } },
};

const NAV = ['queue', 'files', 'reviews', 'campaigns', 'funds', 'notices', 'dashboard', 'assessments', 'units', 'rules', 'audit'] as const;

function Routes({ path, unitId }: { path: string; unitId: string }) {
  if (path === '/console/cases/new') return <DeskRegistrationPage unitId={unitId} />;
  const found = match('/console/cases/:id', path);
  if (found) return <CaseWorkPage key={found.id} id={found.id} />;
  if (path === '/console/files/new') return <NewFilePage unitId={unitId} />;
  if (path === '/console/files/identity') return <IdentityCheckPage />;
  if (path === '/console/files/exchange') return <ExchangePage unitId={unitId} />;
  const editing = match('/console/files/:id/edit', path);
  if (editing) return <NewFilePage key={editing.id} unitId={unitId} fileId={editing.id} />;
  const file = match('/console/files/:id', path);
  if (file) return <FilePage key={file.id} id={file.id} />;
  if (path.startsWith('/console/files')) return <FilesPage unitId={unitId} />;
  if (path.startsWith('/console/funds/payouts')) return <PayoutsPage unitId={unitId} />;
  if (path.startsWith('/console/funds')) return <FundsPage unitId={unitId} />;
  if (path.startsWith('/console/assessments')) return <AssessmentsPage unitId={unitId} />;
  if (path.startsWith('/console/units')) return <UnitsPage />;
  if (path.startsWith('/console/audit')) return <AuditPage unitId={unitId} />;
  if (path.startsWith('/console/rules'))
    return <RulesPage unitId={unitId} tab={path.startsWith('/console/rules/calendar') ? 'calendar' : 'policies'} />;
  if (path.startsWith('/console/reviews')) return <ReviewsPage unitId={unitId} />;
  if (path.startsWith('/console/campaigns')) return <CampaignsPage unitId={unitId} />;
  if (path.startsWith('/console/notices')) return <NoticesPage unitId={unitId} />;
  if (path.startsWith('/console/dashboard/returns')) return <ReturnsPage unitId={unitId} />;
  if (path.startsWith('/console/dashboard')) return <DashboardPage unitId={unitId} />;
  return <QueuePage unitId={unitId} />;
}

/** The signed-in console: a desktop layout with the sections a user's roles open and the unit switcher. */
export function ConsoleShell() {
  const { t } = useTranslation();
  const path = usePath();
  const search = useSearch();
  const me = useMe();
  const { unitId, units } = useCurrentUnit();
  const drilledTo = unitId && units.length > 0 && !units.some((unit) => unit.id === unitId) ? unitId : null;
  const drilled = useQuery({
    queryKey: ['unitName', drilledTo],
    queryFn: () => execute(UNIT_NAME, { id: drilledTo! }).then((data) => data.unit),
    enabled: Boolean(drilledTo),
  });
  const queryClient = useQueryClient();
  const isOperator = (me.data?.roles ?? []).some((grant) => grant.role === 'SYSTEM_ADMIN');
  // operators manage units and accounts but read no records, the audit log included
  const readsRecords = (me.data?.roles ?? []).some((grant) => RECORD_READ_ROLES.includes(grant.role));

  const logout = async () => {
    await execute(STAFF_LOGOUT).catch(() => undefined);
    queryClient.clear();
    session.signOut();
  };
  const section = NAV.find((item) => path.startsWith(`/console/${item}`)) ?? 'queue';
  const unitQuery = search.get('unit') ? `?unit=${search.get('unit')}` : '';

  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={THEME}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header className="console-header">
            <p className="console-brand">{t('console.title')}</p>
            <nav aria-label={t('console.title')} style={{ flex: 1, minWidth: 0 }}>
              <Menu
                mode="horizontal"
                selectedKeys={[section]}
                style={{ borderBottom: 0 }}
                items={NAV.filter((item) => (item === 'units' ? isOperator : item !== 'audit' || readsRecords)).map((item) => ({
                  key: item,
                  label: (
                    <a
                      href={`/console/${item}${unitQuery}`}
                      onClick={(event) => {
                        event.preventDefault();
                        navigate(`/console/${item}${unitQuery}`);
                      }}
                    >
                      {t(`console.nav.${item}`)}
                    </a>
                  ),
                }))}
              />
            </nav>
            {units.length > 0 && (
              <Select
                aria-label={t('console.unit')}
                style={{ width: 220 }}
                value={unitId ?? undefined}
                placeholder={t('console.unit')}
                options={[
                  ...units.map((unit) => ({ value: unit.id, label: unit.name })),
                  // a unit drilled down to from a rollup stays shown as the one being looked at
                  ...(drilledTo && drilled.data ? [{ value: drilled.data.id, label: drilled.data.name }] : []),
                ]}
                onChange={(value) => updateSearch({ unit: value, after: null })}
              />
            )}
            <AccountMenu
              name={me.data?.name ?? ''}
              queueBoard={(me.data?.roles ?? []).some((grant) => grant.role === 'SYSTEM_ADMIN' || grant.role === 'AUDITOR')}
            />
            <Button onClick={() => void logout()}>{t('console.logout')}</Button>
          </Layout.Header>
          <Layout.Content className="console-content">
            <Suspense fallback={<Spin />}>{unitId ? <Routes path={path} unitId={unitId} /> : <Spin />}</Suspense>
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
