import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../section-tabs';

/** The fund's two pages: its ledger (台账) and its bank payouts (代发). */
export function FundTabs({ active }: { active: 'ledger' | 'payouts' }) {
  const { t } = useTranslation();
  return (
    <SectionTabs
      active={active}
      tabs={[
        { key: 'ledger', path: '/console/funds', label: t('console.payouts.ledgerTab') },
        { key: 'payouts', path: '/console/funds/payouts', label: t('console.payouts.payoutsTab') },
      ]}
    />
  );
}
