import { Input, InputNumber, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { execute } from '../../lib/graphql';
import { fenToYuan, yuanToFen } from '../../lib/money';
import { SET_QUOTAS } from './api';
import { FormDialog } from './form-dialog';
import { yuan } from './format';

interface Quota {
  households: number;
  amountFen: number;
}

/** A head hands the unit's quota down: households and money for each direct child, never more than the unit holds. */
export function QuotaModal({
  open,
  campaignId,
  unitId,
  own,
  children,
  onClose,
  onSaved,
}: {
  open: boolean;
  campaignId: string;
  unitId: string;
  own: Quota;
  children: { unit: { id: string; name: string }; quota: Quota | undefined }[];
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Record<string, { households: number; amount: string }>>({});
  const valueOf = (id: string, quota: Quota | undefined) =>
    rows[id] ?? { households: quota?.households ?? 0, amount: quota ? fenToYuan(quota.amountFen).replace(/,/g, '') : '0' };
  const save = async () => {
    const quotas = children.map(({ unit, quota }) => {
      const value = valueOf(unit.id, quota);
      return { unitId: unit.id, households: value.households, amountFen: yuanToFen(value.amount) ?? -1 };
    });
    if (quotas.some((quota) => quota.amountFen < 0)) throw new Error(t('apply.amountInvalid'));
    await execute(SET_QUOTAS, { campaignId, unitId, quotas });
    setRows({});
    await onSaved();
  };
  return (
    <FormDialog open={open} width={640} title={t('console.campaigns.split')} onSubmit={save} onClose={onClose}>
      <p>{t('console.campaigns.splitHelp', { count: own.households, amount: yuan(own.amountFen) })}</p>
      <Table
        rowKey={(row) => row.unit.id}
        size="small"
        pagination={false}
        dataSource={children}
        columns={[
          { title: t('console.unit'), key: 'unit', render: (_, row) => row.unit.name },
          {
            title: t('console.campaigns.householdsField'),
            key: 'households',
            render: (_, row) => (
              <InputNumber
                aria-label={`${row.unit.name} ${t('console.campaigns.householdsField')}`}
                min={0}
                value={valueOf(row.unit.id, row.quota).households}
                onChange={(value) =>
                  setRows({ ...rows, [row.unit.id]: { ...valueOf(row.unit.id, row.quota), households: Number(value ?? 0) } })
                }
              />
            ),
          },
          {
            title: t('console.campaigns.budget'),
            key: 'amount',
            render: (_, row) => (
              <Input
                aria-label={`${row.unit.name} ${t('console.campaigns.budget')}`}
                inputMode="decimal"
                suffix="元"
                value={valueOf(row.unit.id, row.quota).amount}
                onChange={(event) =>
                  setRows({ ...rows, [row.unit.id]: { ...valueOf(row.unit.id, row.quota), amount: event.target.value } })
                }
              />
            ),
          },
        ]}
      />
    </FormDialog>
  );
}
