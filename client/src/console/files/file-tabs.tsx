import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../section-tabs';

/** The files section's pages: the files, and their exchange with the upper system and other schemes (对接). */
export function FileTabs({ active }: { active: 'files' | 'exchange' }) {
  const { t } = useTranslation();
  return (
    <SectionTabs
      active={active}
      tabs={[
        { key: 'files', path: '/console/files', label: t('console.exchange.filesTab') },
        { key: 'exchange', path: '/console/files/exchange', label: t('console.exchange.title') },
      ]}
    />
  );
}
