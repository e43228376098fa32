import { Alert, Button, Card, DatePicker, Space, Statistic, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { updateSearch, useSearch } from '../../lib/router';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { ExportButton } from '../export-button';
import { KeysetPager } from '../keyset-pager';
import { usePeriod } from '../use-console';
import { EXPORT_LEDGER, EXPORT_ROSTER, FUND } from './api';
import { FundTabs } from './fund-tabs';
import { LedgerFormModal, type LedgerForm } from './ledger-forms';

const PAGE_SIZE = 50;

/** The unit's earmarked fund: balance, the ledger for a period (from/to in the URL) and its Excel export. */
export function FundsPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const { from, to, range } = usePeriod();
  const variables = { unitId, ...range, first: PAGE_SIZE, after: search.get('after') };
  const fund = useQuery({ queryKey: ['fund', variables], queryFn: () => execute(FUND, variables).then((data) => data.fund) });
  const entries = fund.data?.entries.edges.map((edge) => edge.node) ?? [];
  const queryClient = useQueryClient();
  const [form, setForm] = useState<LedgerForm | null>(null);

  return (
    <section aria-labelledby="funds-title">
      <Typography.Title level={2} id="funds-title" style={{ fontSize: 22 }}>
        {t('console.funds.title')}
      </Typography.Title>
      <FundTabs active="ledger" />
      {fund.isError && <Alert type="error" title={fund.error.message} />}
      <Space align="start" size="large" wrap style={{ marginBottom: 16 }}>
        <Card>
          <Statistic title={t('console.funds.balance')} value={fund.data ? `¥${fenToYuan(fund.data.balance)}` : '—'} />
        </Card>
        <Card>
          <Space direction="vertical">
            <span id="period-label">{t('console.funds.period')}</span>
            <DatePicker.RangePicker
              aria-labelledby="period-label"
              value={[dayjs(from), dayjs(to)]}
              allowClear={false}
              onChange={(values) =>
                values?.[0] &&
                values[1] &&
                updateSearch({ from: values[0].format('YYYY-MM-DD'), to: values[1].format('YYYY-MM-DD'), after: null })
              }
            />
            <Space wrap className="no-print">
              {(['income', 'allocation', 'expense'] as const).map((kind) => (
                <Button key={kind} onClick={() => setForm({ kind })}>
                  {t(`console.funds.forms.${kind}`)}
                </Button>
              ))}
            </Space>
            <ExportButton
              filename={`ledger-${from}-${to}.xlsx`}
              start={() => execute(EXPORT_LEDGER, { unitId, ...range }).then((data) => data.exportLedger)}
            />
            <ExportButton
              label={t('console.funds.roster')}
              filename={`roster-${from}-${to}.xlsx`}
              start={() => execute(EXPORT_ROSTER, { unitId, ...range }).then((data) => data.exportDisbursementRoster)}
            />
          </Space>
        </Card>
      </Space>
      <Table
        rowKey="id"
        size="middle"
        loading={fund.isPending}
        dataSource={entries}
        pagination={false}
        columns={[
          { title: t('console.funds.time'), key: 'time', render: (_, entry) => formatDateTime(entry.createdAt) },
          { title: t('console.funds.kind'), key: 'kind', render: (_, entry) => t(`console.funds.kinds.${entry.kind}`) },
          // a fund account is an asset: a debit brings money in, a credit takes it out
          { title: t('console.funds.direction'), key: 'direction', render: (_, entry) => t(`console.funds.directions.${entry.direction}`) },
          {
            title: t('console.funds.amount'),
            key: 'amount',
            align: 'right',
            render: (_, entry) => `${entry.direction === 'CREDIT' ? '−' : ''}${fenToYuan(entry.amount)}`,
          },
          { title: t('console.funds.balanceAfter'), key: 'balance', align: 'right', render: (_, entry) => fenToYuan(entry.balanceAfter) },
          { title: t('console.funds.memo'), key: 'memo', render: (_, entry) => entry.memo ?? entry.donor ?? '' },
          {
            title: '',
            key: 'reverse',
            render: (_, entry) =>
              entry.kind === 'REVERSAL' ? null : (
                <Button size="small" onClick={() => setForm({ kind: 'reversal', entryId: entry.id })}>
                  {t('console.funds.forms.reversal')}
                </Button>
              ),
          },
        ]}
      />
      <KeysetPager pageInfo={fund.data?.entries.pageInfo} />
      {form && (
        <LedgerFormModal
          form={form}
          unitId={unitId}
          onClose={() => setForm(null)}
          onDone={() => {
            setForm(null);
            void queryClient.invalidateQueries({ queryKey: ['fund'] });
          }}
        />
      )}
    </section>
  );
}
