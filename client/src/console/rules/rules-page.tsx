import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate, useSearch } from '../../lib/router';
import { CalendarPage } from './calendar-page';
import { PoliciesPage } from './policies-page';

const TABS = ['policies', 'calendar'] as const;

/** The rules cases are held to: approval limits, caps, notice periods and deadlines, and the working-day calendar. */
export function RulesPage({ unitId, tab }: { unitId: string; tab: (typeof TABS)[number] }) {
  const { t } = useTranslation();
  const search = useSearch();
  const unit = search.get('unit');
  return (
    <Card title={<h1 className="card-heading">{t('console.rules.title')}</h1>}>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(`/console/rules${key === 'calendar' ? '/calendar' : ''}${unit ? `?unit=${unit}` : ''}`)}
        items={TABS.map((key) => ({ key, label: t(`console.rules.tabs.${key}`) }))}
      />
      {tab === 'calendar' ? <CalendarPage /> : <PoliciesPage unitId={unitId} />}
    </Card>
  );
}
