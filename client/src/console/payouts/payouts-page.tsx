import { Alert, Button, Card, Input, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTING_ROLES, HEAD_ROLES } from '@bangfu/shared/enums';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { navigate } from '../../lib/router';
import { fenToYuan } from '../../lib/money';
import { FormDialog } from '../campaigns/form-dialog';
import { ExportButton } from '../export-button';
import { jobFinished, putFile } from '../file-jobs';
import { PrintButton } from '../print-button';
import { FundTabs } from '../funds/fund-tabs';
import { useRolesOn } from '../use-console';
import {
  APPROVE_PAYOUT_BATCH,
  CANCEL_PAYOUT_BATCH,
  CREATE_PAYOUT_BATCH,
  EXPORT_PAYOUT_BATCH,
  IMPORT_BANK_RETURN,
  PAYOUT_BATCH,
  PAYOUTS,
} from './api';

const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'default',
  APPROVED: 'blue',
  EXPORTED: 'orange',
  SETTLED: 'green',
  CANCELLED: 'default',
};
const yuan = (fen: number) => `¥${fenToYuan(fen)}`;

/** One batch: its lines with their outcomes, the bank file, the return files and what each import did. */
function BatchCard({ batchId, unitId, onChanged }: { batchId: string; unitId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const roles = useRolesOn(unitId);
  const acting = roles.some((role) => ACTING_ROLES.includes(role));
  const head = roles.some((role) => HEAD_ROLES.includes(role));
  const queryClient = useQueryClient();
  const batch = useQuery({
    queryKey: ['payoutBatch', batchId],
    queryFn: () => execute(PAYOUT_BATCH, { id: batchId }).then((data) => data.payoutBatch),
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['payoutBatch', batchId] });
    onChanged();
  };
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await work();
      await refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  const data = batch.data;
  if (!data) return batch.isError ? <Alert type="error" title={batch.error.message} /> : null;
  const failed = data.lines.filter((line) => line.outcome === 'FAILED');
  const waiting = data.lines.filter((line) => !line.outcome);
  return (
    <Card
      title={
        <Space>
          <span>{t('console.payouts.batch', { reference: data.reference })}</span>
          <Tag color={STATUS_COLORS[data.status]}>{t(`console.payouts.statuses.${data.status}`)}</Tag>
        </Space>
      }
      data-testid="payout-batch"
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Space wrap style={{ marginBottom: 12 }} className="no-print">
        <span>{t('console.payouts.totals', { lines: data.lineCount, amount: fenToYuan(data.totalFen) })}</span>
        {data.status === 'DRAFT' && head && (
          <Button type="primary" loading={busy} onClick={() => void run(() => execute(APPROVE_PAYOUT_BATCH, { id: batchId }))}>
            {t('console.payouts.approve')}
          </Button>
        )}
        {(data.status === 'DRAFT' || data.status === 'APPROVED') && acting && (
          <Button onClick={() => setCancelling(true)}>{t('console.payouts.cancel')}</Button>
        )}
        {['APPROVED', 'EXPORTED', 'SETTLED'].includes(data.status) &&
          acting &&
          (['CSV', 'XLSX'] as const).map((format) => (
            <ExportButton
              key={format}
              label={t(`console.payouts.export${format}`)}
              filename={`${data.reference}.${format === 'CSV' ? 'csv' : 'xlsx'}`}
              start={() => execute(EXPORT_PAYOUT_BATCH, { id: batchId, format }).then((result) => result.exportPayoutBatch)}
              // the first export marks the batch sent to the bank
              onReady={() => void refresh()}
            />
          ))}
        {(data.status === 'EXPORTED' || data.status === 'SETTLED') && acting && (
          <Upload
            accept=".csv,.xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void run(async () => {
                const returnId = await putFile(`/uploads/bank-returns/${batchId}?name=${encodeURIComponent(file.name)}`, file, 'returnId');
                const job = await execute(IMPORT_BANK_RETURN, { batchId, returnId });
                await jobFinished(job.importBankReturn.id);
              });
              return false;
            }}
          >
            <Button loading={busy}>{t('console.payouts.importReturn')}</Button>
          </Upload>
        )}
        {data.status !== 'CANCELLED' && <PrintButton kind="PAYOUT_BATCH" id={batchId} filename={`代发明细-${data.reference}`} />}
      </Space>
      {data.status === 'EXPORTED' && waiting.length > 0 && (
        <Alert type="info" title={t('console.payouts.waiting', { count: waiting.length })} style={{ marginBottom: 12 }} />
      )}
      {failed.length > 0 && (
        <Alert type="warning" title={t('console.payouts.failedLines', { count: failed.length })} style={{ marginBottom: 12 }} />
      )}
      {data.returns.map((received) => (
        <div key={received.id} data-testid="return-report" style={{ marginBottom: 12 }}>
          <Typography.Text strong>
            {t('console.payouts.returnLine', { name: received.fileName, time: formatDateTime(received.uploadedAt) })}
          </Typography.Text>
          {received.report ? (
            <>
              <div>{t('console.payouts.report', received.report)}</div>
              {received.report.refused.length > 0 && (
                <Table
                  size="small"
                  rowKey={(line) => `${line.row}-${line.reason}`}
                  pagination={false}
                  dataSource={received.report.refused}
                  columns={[
                    { title: t('console.payouts.row'), dataIndex: 'row' },
                    {
                      title: t('console.payouts.refusal'),
                      key: 'reason',
                      render: (_, line) => t(`console.payouts.refusals.${line.reason}`),
                    },
                    { title: t('console.payouts.detail'), key: 'detail', render: (_, line) => line.detail ?? '' },
                  ]}
                />
              )}
            </>
          ) : (
            <div>{t('console.payouts.importing')}</div>
          )}
        </div>
      ))}
      <Table
        size="small"
        rowKey="lineNo"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={data.lines}
        data-testid="payout-lines"
        columns={[
          { title: t('console.payouts.lineNo'), dataIndex: 'lineNo' },
          {
            title: t('console.payouts.case'),
            key: 'case',
            render: (_, line) => (
              <Typography.Link onClick={() => navigate(`/console/cases/${line.caseId}`)}>{line.caseNumber ?? line.caseId}</Typography.Link>
            ),
          },
          { title: t('console.payouts.holder'), dataIndex: 'holderName' },
          { title: t('console.payouts.account'), key: 'account', render: (_, line) => `${line.bankName} ${line.accountNumberMasked}` },
          { title: t('console.payouts.amount'), key: 'amount', align: 'right', render: (_, line) => yuan(line.amountFen) },
          {
            title: t('console.payouts.outcome'),
            key: 'outcome',
            render: (_, line) =>
              line.outcome === 'FAILED' ? (
                <Tag color="red">
                  {t('console.payouts.outcomes.FAILED')}：{line.bankMessage}
                </Tag>
              ) : (
                <Tag color={line.outcome === 'ARRIVED' ? 'green' : 'orange'}>
                  {t(`console.payouts.outcomes.${line.outcome ?? 'IN_TRANSIT'}`)}
                </Tag>
              ),
          },
        ]}
      />
      <FormDialog
        open={cancelling}
        title={t('console.payouts.cancel')}
        onClose={() => setCancelling(false)}
        onSubmit={async () => {
          await execute(CANCEL_PAYOUT_BATCH, { id: batchId, reason });
          setCancelling(false);
          await refresh();
        }}
      >
        <label htmlFor="cancel-reason">{t('console.payouts.cancelReason')}</label>
        <Input.TextArea id="cancel-reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </FormDialog>
    </Card>
  );
}

/**
 * 银行代发: the fund's bank payments in transit (those sent more than 7 days ago flagged), its payout batches, and for
 * the chosen batch the bank file and the bank's returns.
 */
export function PayoutsPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const acting = useRolesOn(unitId).some((role) => ACTING_ROLES.includes(role));
  const queryClient = useQueryClient();
  const payouts = useQuery({ queryKey: ['payouts', unitId], queryFn: () => execute(PAYOUTS, { unitId }) });
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['payouts', unitId] });
  const fund = payouts.data?.fund;
  const batches = payouts.data?.payoutBatches ?? [];
  const shown = chosen ?? batches[0]?.id ?? null;
  return (
    <section aria-labelledby="payouts-title">
      <Typography.Title level={2} id="payouts-title" style={{ fontSize: 22 }}>
        {t('console.payouts.title')}
      </Typography.Title>
      <FundTabs active="payouts" />
      {payouts.isError && <Alert type="error" title={payouts.error.message} />}
      {payouts.data && !fund && <Alert type="info" title={t('console.payouts.noFund')} />}
      {fund && (
        <Space align="start" size="large" wrap style={{ marginBottom: 16 }}>
          <Card data-testid="in-transit">
            <Statistic title={t('console.payouts.inTransit')} value={yuan(fund.inTransit.amountFen)} />
            <div>{t('console.payouts.inTransitCount', { count: fund.inTransit.payments })}</div>
          </Card>
          {fund.inTransit.agedPayments > 0 && (
            <Alert
              type="warning"
              title={t('console.payouts.aged', { count: fund.inTransit.agedPayments, amount: fenToYuan(fund.inTransit.agedAmountFen) })}
            />
          )}
          {acting && (
            <Button
              type="primary"
              onClick={async () => {
                setError(null);
                try {
                  const created = await execute(CREATE_PAYOUT_BATCH, { unitId });
                  setChosen(created.createPayoutBatch.id);
                  refresh();
                } catch (caught) {
                  setError(caught instanceof Error ? caught.message : String(caught));
                }
              }}
            >
              {t('console.payouts.create')}
            </Button>
          )}
        </Space>
      )}
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="middle"
        loading={payouts.isPending}
        dataSource={batches}
        pagination={false}
        style={{ marginBottom: 16 }}
        onRow={(batch) => ({ onClick: () => setChosen(batch.id) })}
        rowClassName={(batch) => (batch.id === shown ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('console.payouts.reference'), dataIndex: 'reference' },
          {
            title: t('console.payouts.status'),
            key: 'status',
            render: (_, batch) => <Tag color={STATUS_COLORS[batch.status]}>{t(`console.payouts.statuses.${batch.status}`)}</Tag>,
          },
          { title: t('console.payouts.lines'), dataIndex: 'lineCount', align: 'right' },
          { title: t('console.payouts.amount'), key: 'total', align: 'right', render: (_, batch) => yuan(batch.totalFen) },
          { title: t('console.payouts.createdAt'), key: 'created', render: (_, batch) => formatDateTime(batch.createdAt) },
        ]}
      />
      {shown && <BatchCard key={shown} batchId={shown} unitId={unitId} onChanged={refresh} />}
    </section>
  );
}
