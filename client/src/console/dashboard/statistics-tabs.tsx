import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../section-tabs';

/** The statistics section's two pages: the live dashboard and the periodic returns signed off level by level. */
export function StatisticsTabs({ active }: { active: 'dashboard' | 'returns' }) {
  const { t } = useTranslation();
  return (
    <SectionTabs
      active={active}
      tabs={[
        { key: 'dashboard', path: '/console/dashboard', label: t('console.returns.dashboardTab') },
        { key: 'returns', path: '/console/dashboard/returns', label: t('console.returns.title') },
      ]}
    />
  );
}
