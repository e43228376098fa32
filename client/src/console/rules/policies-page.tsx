import { Alert, Button, Form, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AID_POLICY_FIELDS, type AidPolicyField, type AidType } from '@bangfu/shared/enums';
import { updateSearch, useSearch } from '../../lib/router';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { AID_POLICIES, POLICY_UNITS, SET_AID_POLICY } from './api';

type Values = Record<AidPolicyField, number | null>;
interface Source {
  field: AidPolicyField;
  unitId: string | null;
  unitName: string | null;
}
interface Row extends Values {
  key: string;
  aidType: AidType | null;
  sources?: Source[];
}

const isMoney = (field: AidPolicyField) => field.endsWith('Fen');
// the form takes yuan for amounts; the API keeps fen
const toForm = (values: Values) =>
  Object.fromEntries(
    AID_POLICY_FIELDS.map((field) => [field, values[field] === null ? null : isMoney(field) ? values[field]! / 100 : values[field]]),
  );
const fromForm = (form: Record<string, number | null | undefined>) =>
  Object.fromEntries(
    AID_POLICY_FIELDS.map((field) => {
      const value = form[field];
      return [field, value === null || value === undefined ? null : isMoney(field) ? Math.round(value * 100) : value];
    }),
  );

/**
 * Approval limits, yearly caps, notice periods and deadlines per aid type for the console's unit or one of its
 * children: the values in force with where each comes from, and, for a union admin above the unit or the operator,
 * the unit's own rows to change.
 */
export function PoliciesPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const queryClient = useQueryClient();
  const shown = search.get('of') ?? unitId;
  const [editing, setEditing] = useState<Row | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const units = useQuery({ queryKey: ['policyUnits', unitId], queryFn: () => execute(POLICY_UNITS, { unitId }).then((data) => data.unit) });
  const policies = useQuery({
    queryKey: ['aidPolicies', shown],
    queryFn: () => execute(AID_POLICIES, { unitId: shown }).then((data) => data.aidPolicies),
  });

  const own = (aidType: AidType | null): Values => {
    const setting = policies.data?.settings.find((row) => row.aidType === aidType);
    return Object.fromEntries(AID_POLICY_FIELDS.map((field) => [field, setting?.[field] ?? null])) as Values;
  };
  const rows: Row[] = [
    { key: 'ALL', aidType: null, ...own(null) },
    ...(policies.data?.inForce ?? []).map((row) => ({ key: row.aidType, ...row })),
  ];
  const show = (field: AidPolicyField, value: number | null) => {
    if (value === null) return '—';
    if (isMoney(field)) return `¥${fenToYuan(value)}`;
    return t(field === 'noticeDays' ? 'console.rules.days' : 'console.rules.workingDays', { count: value });
  };
  const origin = (row: Row, field: AidPolicyField) => {
    const source = row.sources?.find((item) => item.field === field);
    if (!source) return null;
    if (!source.unitId) return t('console.rules.byDefault');
    return source.unitId === shown ? t('console.rules.setHere') : t('console.rules.from', { unit: source.unitName });
  };
  const open = (row: Row) => {
    setError(null);
    form.setFieldsValue(toForm(own(row.aidType)));
    setEditing(row);
  };
  const save = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      await execute(SET_AID_POLICY, { unitId: shown, input: { aidType: editing!.aidType, ...fromForm(values) } });
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: ['aidPolicies', shown] });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const typeName = (aidType: AidType | null) => (aidType ? t(`types.${aidType}`) : t('console.rules.allTypes'));

  return (
    <>
      <Typography.Paragraph type="secondary">{t('console.rules.explain')}</Typography.Paragraph>
      <Select
        aria-label={t('console.rules.unit')}
        style={{ minWidth: 320, marginBottom: 12 }}
        value={shown}
        options={[units.data, ...(units.data?.children ?? []).filter((child) => child.activeFlag)]
          .filter(Boolean)
          .map((unit) => ({ value: unit!.id, label: unit!.name }))}
        onChange={(value) => updateSearch({ of: value === unitId ? null : value })}
      />
      {policies.error && <Alert type="error" showIcon message={String(policies.error.message)} />}
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        loading={policies.isLoading}
        dataSource={policies.data ? rows : []}
        rowClassName={(row) => (row.aidType ? '' : 'policy-general-row')}
        columns={[
          { title: t('console.rules.type'), key: 'type', render: (_, row) => typeName(row.aidType) },
          ...AID_POLICY_FIELDS.map((field) => ({
            title: t(`console.rules.fields.${field}`),
            key: field,
            align: 'right' as const,
            render: (_: unknown, row: Row) => (
              <>
                <div>{show(field, row[field])}</div>
                {row.sources && (
                  <div className="muted" style={{ fontSize: 12 }}>
                    {origin(row, field)}
                  </div>
                )}
              </>
            ),
          })),
          ...(policies.data?.editable
            ? [
                {
                  title: '',
                  key: 'edit',
                  render: (_: unknown, row: Row) => (
                    <Button size="small" aria-label={t('console.rules.editRow', { type: typeName(row.aidType) })} onClick={() => open(row)}>
                      {t('console.rules.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing && t('console.rules.dialog', { type: typeName(editing.aidType) })}
        okText={t('console.fields.submit')}
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('console.rules.inherit')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" preserve={false}>
          {AID_POLICY_FIELDS.map((field) => (
            <Form.Item key={field} name={field} label={t(`console.rules.fields.${field}`)}>
              <InputNumber
                style={{ width: '100%' }}
                min={0}
                precision={isMoney(field) ? 2 : 0}
                addonAfter={t(
                  isMoney(field) ? 'console.rules.yuan' : field === 'noticeDays' ? 'console.rules.dayUnit' : 'console.rules.workingDayUnit',
                )}
              />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
