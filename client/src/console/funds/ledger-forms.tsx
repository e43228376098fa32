import { Form, Input, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPENSE_CATEGORIES, FUND_SOURCES } from '@bangfu/shared/enums';
import { execute } from '../../lib/graphql';
import { newClientId } from '../../lib/ids';
import { yuanToFen } from '../../lib/money';
import { positiveYuanRule } from '../amount-rules';
import { ALLOCATE, CHILD_UNITS, RECORD_EXPENSE, RECORD_INCOME, REVERSE } from './api';

export type LedgerForm = { kind: 'income' | 'allocation' | 'expense' } | { kind: 'reversal'; entryId: string };

/**
 * Income, allocation to a child unit, expense and reversal. Each opened form carries one idempotency key, so a
 * double submit or a retry after a timeout posts once; refused categories and overdrafts come back as coded errors.
 */
export function LedgerFormModal({
  form: which,
  unitId,
  onClose,
  onDone,
}: {
  form: LedgerForm;
  unitId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useMemo(() => `ledger-${newClientId(20)}`, []);
  const children = useQuery({
    queryKey: ['children', unitId],
    queryFn: () => execute(CHILD_UNITS, { id: unitId }).then((data) => data.unit?.children.filter((child) => child.activeFlag) ?? []),
    enabled: which.kind === 'allocation' || which.kind === 'expense',
  });
  const required = [{ required: true, message: t('apply.required') }];

  const submit = async () => {
    const values = await form.validateFields();
    const amount = yuanToFen(values.amountYuan ?? '') ?? 0;
    const note = values.note?.trim() || null;
    setBusy(true);
    setError(null);
    try {
      if (which.kind === 'income') {
        await execute(RECORD_INCOME, {
          unitId,
          input: {
            source: values.source,
            amount,
            donor: values.donor || null,
            donorCountry: values.donorCountry || null,
            note,
            idempotencyKey: key,
          },
        });
      } else if (which.kind === 'allocation') {
        await execute(ALLOCATE, { fromUnitId: unitId, toUnitId: values.toUnitId, amount, note, idempotencyKey: key });
      } else if (which.kind === 'expense') {
        await execute(RECORD_EXPENSE, {
          unitId,
          input: { category: values.category, amount, granteeUnitId: values.granteeUnitId ?? null, note, idempotencyKey: key },
        });
      } else if ('entryId' in which) {
        await execute(REVERSE, { entryId: which.entryId, reason: values.reason });
      }
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const childOptions = (children.data ?? []).map((child) => ({ value: child.id, label: child.name }));
  return (
    <Modal
      open
      title={t(`console.funds.forms.${which.kind}`)}
      okText={t('console.fields.submit')}
      cancelText={t('app.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ source: 'UNION_FUNDS', category: 'STATION_GRANT' }}>
        {which.kind === 'income' && (
          <>
            <Form.Item label={t('console.funds.source')} name="source" rules={required}>
              <Select options={FUND_SOURCES.map((source) => ({ value: source, label: t(`console.funds.sources.${source}`) }))} />
            </Form.Item>
            <Form.Item label={t('console.funds.donor')} name="donor">
              <Input />
            </Form.Item>
            <Form.Item label={t('console.funds.donorCountry')} name="donorCountry">
              <Input />
            </Form.Item>
          </>
        )}
        {which.kind === 'allocation' && (
          <Form.Item label={t('console.funds.toUnit')} name="toUnitId" rules={required}>
            <Select options={childOptions} loading={children.isPending} />
          </Form.Item>
        )}
        {which.kind === 'expense' && (
          <>
            <Form.Item label={t('console.funds.category')} name="category" rules={required}>
              <Select
                options={EXPENSE_CATEGORIES.map((category) => ({ value: category, label: t(`console.funds.categories.${category}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('console.funds.grantee')} name="granteeUnitId">
              <Select allowClear options={childOptions} loading={children.isPending} />
            </Form.Item>
          </>
        )}
        {which.kind !== 'reversal' && (
          <>
            <Form.Item label={t('console.fields.amountYuan')} name="amountYuan" rules={[...required, positiveYuanRule(t)]}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item label={t('console.fields.note')} name="note">
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {which.kind === 'reversal' && (
          <Form.Item label={t('console.fields.reason')} name="reason" rules={required}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {error && (
          <p role="alert" style={{ color: '#a8071a', margin: 0 }}>
            {error}
          </p>
        )}
      </Form>
    </Modal>
  );
}
