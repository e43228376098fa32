import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/router';

/** The fund's two pages: its ledger (台账) and its bank payouts (代发). */
export function FundTabs({ active }: { active: 'ledger' | 'payouts' }) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={active}
      // the unit shown stays the same (`?unit=`)
      onChange={(key) => navigate(`${key === 'payouts' ? '/console/funds/payouts' : '/console/funds'}${location.search}`)}
      items={[
        { key: 'ledger', label: t('console.payouts.ledgerTab') },
        { key: 'payouts', label: t('console.payouts.payoutsTab') },
      ]}
    />
  );
}
