import { Alert, Button, Card, Form, Input, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTING_ROLES, HEAD_ROLES } from '@bangfu/shared/enums';
import { formatDate } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { yuanToFen } from '../../lib/money';
import { navigate } from '../../lib/router';
import { optionalYuanRule } from '../amount-rules';
import { CaseStatusTag } from '../case-status-tag';
import { ExportButton } from '../export-button';
import { FILES } from '../files/api';
import {
  ADD_ROSTER_ENTRY,
  APPROVE_ROSTER,
  BUILD_ROSTER,
  CAMPAIGN_ROSTER,
  EXPORT_CAMPAIGN_ROSTER,
  PAY_ROSTER,
  REMOVE_ROSTER_ENTRY,
  RETURN_ROSTER,
  ROSTER_JOB,
  SUBMIT_ROSTER,
} from './api';
import { useRolesOn } from '../use-console';
import { FormDialog } from './form-dialog';
import { yuan } from './format';
import { PrintButton } from '../print-button';

type Asking = 'add' | 'remove' | 'return' | null;
const running = (state: string | undefined) => state === 'QUEUED' || state === 'ACTIVE';

/**
 * A unit's roster (花名册): built by a job from the rule, edited with reasons, submitted, approved or returned, noticed,
 * then paid in one batch with its progress; every line shows its case and, when the payout left it, why.
 */
export function RosterCard({
  campaignId,
  unitId,
  open,
  onChange,
}: {
  campaignId: string;
  unitId: string;
  open: boolean;
  onChange: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const roles = useRolesOn(unitId);
  const acts = roles.some((role) => ACTING_ROLES.includes(role));
  const heads = roles.some((role) => HEAD_ROLES.includes(role));
  const roster = useQuery({
    queryKey: ['campaignRoster', campaignId, unitId],
    queryFn: () => execute(CAMPAIGN_ROSTER, { campaignId, unitId }).then((data) => data.campaignRoster),
    refetchInterval: (query) => (query.state.data?.status === 'BUILDING' ? 1_000 : false),
  });
  const data = roster.data;
  const payout = useQuery({
    queryKey: ['rosterJob', data?.payoutJobId],
    queryFn: () => execute(ROSTER_JOB, { id: data!.payoutJobId! }).then((result) => result.job),
    enabled: Boolean(data?.payoutJobId),
    refetchInterval: (query) => (running(query.state.data?.state) ? 1_000 : false),
  });
  const payoutState = payout.data?.state;
  // a payout that ends changes every line's case and the campaign's figures
  useEffect(() => {
    if (payoutState === 'COMPLETED' || payoutState === 'FAILED') void Promise.all([roster.refetch(), onChange()]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [payoutState]);
  const [asking, setAsking] = useState<Asking>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [fileSearch, setFileSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const files = useQuery({
    queryKey: ['rosterFileSearch', unitId, fileSearch],
    queryFn: () =>
      execute(FILES, { unitId, status: 'ACTIVE', search: fileSearch || null, first: 20 }).then((result) => result.hardshipFiles),
    enabled: asking === 'add',
  });

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await Promise.all([roster.refetch(), onChange()]);
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      return false;
    }
  };
  const confirm = async () => {
    const values = await form.validateFields();
    if (asking === 'add') {
      await execute(ADD_ROSTER_ENTRY, {
        rosterId: data!.id,
        input: { fileId: values.fileId, amountFen: values.amount ? yuanToFen(values.amount) : null, reason: values.reason || null },
      });
    } else if (asking === 'remove') {
      for (const entryId of selected) await execute(REMOVE_ROSTER_ENTRY, { entryId, reason: values.reason });
      setSelected([]);
    } else if (asking === 'return') {
      await execute(RETURN_ROSTER, { rosterId: data!.id, reason: values.reason });
    }
    form.resetFields();
    setAsking(null);
    await Promise.all([roster.refetch(), onChange()]);
  };
  const paying = running(payout.data?.state);
  const result = payout.data?.result as { paid?: number; paidFen?: number; refused?: number } | null | undefined;
  const editable = open && acts && (data?.status === 'DRAFT' || data?.status === 'RETURNED');
  const noticeOver = data?.noticeEndsAt ? new Date(data.noticeEndsAt) <= new Date() : false;
  const lines = (data?.entries ?? []).filter((entry) => !filter || entry.file?.personName.includes(filter));

  return (
    <Card
      title={
        <Space>
          {t('console.campaigns.roster')}
          {data && <Tag>{t(`console.campaigns.rosterStatuses.${data.status}`)}</Tag>}
          {data && (
            <span className="muted" data-testid="roster-usage">
              {t('console.campaigns.households', { count: data.usage.households, amount: yuan(data.usage.amountFen) })}
            </span>
          )}
        </Space>
      }
      extra={
        <Space wrap>
          {open && acts && (!data || data.status === 'DRAFT' || data.status === 'RETURNED') && (
            <Button onClick={() => void run(() => execute(BUILD_ROSTER, { campaignId, unitId }))}>
              {t(data ? 'console.campaigns.rebuild' : 'console.campaigns.build')}
            </Button>
          )}
          {editable && <Button onClick={() => setAsking('add')}>{t('console.campaigns.add')}</Button>}
          {editable && (
            <Button type="primary" onClick={() => void run(() => execute(SUBMIT_ROSTER, { rosterId: data!.id }))}>
              {t('console.campaigns.submit')}
            </Button>
          )}
          {open && heads && data?.status === 'SUBMITTED' && (
            <>
              <Button type="primary" onClick={() => void run(() => execute(APPROVE_ROSTER, { rosterId: data.id }))}>
                {t('console.campaigns.approve')}
              </Button>
              <Button danger onClick={() => setAsking('return')}>
                {t('console.campaigns.return')}
              </Button>
            </>
          )}
          {acts && data?.status === 'APPROVED' && (
            <Button
              type="primary"
              disabled={!noticeOver || paying}
              onClick={() => void run(() => execute(PAY_ROSTER, { rosterId: data.id }))}
            >
              {t('console.campaigns.pay')}
            </Button>
          )}
          {data && data.status !== 'BUILDING' && (
            <ExportButton
              label={t('console.campaigns.export')}
              filename={`花名册-${data.id}.xlsx`}
              start={() => execute(EXPORT_CAMPAIGN_ROSTER, { rosterId: data.id }).then((result) => result.exportCampaignRoster)}
            />
          )}
          {data && data.status !== 'BUILDING' && <PrintButton kind="ROSTER" id={data.id} filename={`花名册-${data.id}`} />}
        </Space>
      }
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      {!data && !roster.isPending && <Typography.Paragraph>{t('console.campaigns.noRoster')}</Typography.Paragraph>}
      {data?.status === 'BUILDING' && <Alert type="info" title={t('console.campaigns.building')} style={{ marginBottom: 12 }} />}
      {data?.status === 'RETURNED' && data.returnReason && (
        <Alert type="warning" title={t('console.campaigns.returned', { reason: data.returnReason })} style={{ marginBottom: 12 }} />
      )}
      {data?.status === 'APPROVED' && data.noticeEndsAt && !noticeOver && (
        <Alert type="info" title={t('console.campaigns.inNotice', { date: formatDate(data.noticeEndsAt) })} style={{ marginBottom: 12 }} />
      )}
      {payout.data && (
        <div style={{ marginBottom: 12 }} data-testid="payout-progress">
          <Progress
            aria-label={t('console.campaigns.payoutProgress')}
            percent={payout.data.progress}
            status={payout.data.state === 'FAILED' ? 'exception' : undefined}
          />
          {payout.data.state === 'COMPLETED' && result && (
            <Typography.Text>
              {t('console.campaigns.payoutDone', {
                paid: result.paid ?? 0,
                amount: yuan(result.paidFen ?? 0),
                refused: result.refused ?? 0,
              })}
            </Typography.Text>
          )}
          {paying && <Typography.Text>{t('console.campaigns.paying')}</Typography.Text>}
        </div>
      )}
      {data && (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            <Input.Search
              allowClear
              aria-label={t('console.campaigns.search')}
              placeholder={t('console.campaigns.search')}
              onSearch={setFilter}
              style={{ width: 240 }}
            />
            {editable && (
              <Button danger disabled={selected.length === 0} onClick={() => setAsking('remove')}>
                {t('console.campaigns.remove', { count: selected.length })}
              </Button>
            )}
          </Space>
          <Table
            data-testid="roster-lines"
            rowKey="id"
            size="small"
            dataSource={lines}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            rowSelection={editable ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined}
            columns={[
              { title: t('auth.name'), key: 'name', render: (_, entry) => entry.file?.personName ?? '—' },
              { title: t('console.case.idNumber'), key: 'id', render: (_, entry) => entry.file?.idNumberMasked ?? '—' },
              {
                title: t('file.category'),
                key: 'category',
                render: (_, entry) => (entry.file ? t(`categories.${entry.file.category}`) : '—'),
              },
              { title: t('console.campaigns.amount'), key: 'amount', render: (_, entry) => yuan(entry.amountFen) },
              {
                title: t('console.campaigns.listed'),
                key: 'listed',
                render: (_, entry) =>
                  entry.addedByHand ? (
                    <Space size={4} wrap>
                      <Tag color={entry.eligible ? 'blue' : 'orange'}>
                        {t(entry.eligible ? 'console.campaigns.byHand' : 'console.campaigns.outsideRule')}
                      </Tag>
                      <span>{entry.reason}</span>
                    </Space>
                  ) : (
                    t('console.campaigns.byRule')
                  ),
              },
              {
                title: t('console.queue.status'),
                key: 'status',
                render: (_, entry) =>
                  entry.caseStatus && entry.caseId ? (
                    <a
                      href={`/console/cases/${entry.caseId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        navigate(`/console/cases/${entry.caseId}`);
                      }}
                    >
                      <CaseStatusTag status={entry.caseStatus} />
                    </a>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('console.campaigns.unpaidReason'),
                key: 'unpaid',
                render: (_, entry) => (entry.unpaidReason ? <Typography.Text type="danger">{entry.unpaidReason}</Typography.Text> : ''),
              },
            ]}
          />
        </>
      )}
      <FormDialog
        open={asking !== null}
        title={asking && t(`console.campaigns.${asking === 'remove' ? 'removeTitle' : asking}`)}
        onSubmit={confirm}
        onClose={() => setAsking(null)}
      >
        <Form form={form} layout="vertical">
          {asking === 'add' && (
            <>
              <Form.Item label={t('console.campaigns.file')} name="fileId" rules={[{ required: true }]}>
                <Select
                  showSearch={{ filterOption: false, onSearch: setFileSearch }}
                  loading={files.isFetching}
                  options={(files.data?.edges ?? []).map(({ node }) => ({
                    value: node.id,
                    label: `${node.personName} · ${node.idNumberMasked} · ${t(`categories.${node.category}`)}`,
                  }))}
                />
              </Form.Item>
              <Form.Item label={t('console.campaigns.amountOptional')} name="amount" rules={[optionalYuanRule(t)]}>
                <Input inputMode="decimal" suffix="元" />
              </Form.Item>
            </>
          )}
          <Form.Item
            label={t(asking === 'add' ? 'console.campaigns.reasonOptional' : 'console.campaigns.reason')}
            name="reason"
            rules={asking === 'add' ? [] : [{ required: true, min: 2 }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </FormDialog>
    </Card>
  );
}
