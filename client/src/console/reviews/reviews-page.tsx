import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancelReason } from '@bangfu/shared/enums';
import { navigate, updateSearch, useSearch } from '../../lib/router';
import { formatDate } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { CancelFileModal } from '../cancel-file-modal';
import { KeysetPager } from '../keyset-pager';
import { useMe } from '../use-console';
import { CAMPAIGN_PROGRESS, CAMPAIGNS, CLOSE_CAMPAIGN, COMPLETE_REVIEW, OPEN_CAMPAIGN, REVIEW_TASKS } from './api';

type TaskStatus = 'DUE' | 'OVERDUE' | 'DONE';
const share = (done: number, total: number) => (total ? Math.round((done / total) * 100) : 100);

/**
 * The annual review (年度复核): campaigns covering the unit, progress with a bar per child unit, the unit's own tasks
 * and the review form: keep or cancel here, update or reclassify through the file's form (which shows full ID numbers).
 */
export function ReviewsPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const me = useMe();
  const campaigns = useQuery({
    queryKey: ['campaigns', unitId],
    queryFn: () => execute(CAMPAIGNS, { unitId }).then((data) => data.reviewCampaigns),
  });
  const campaignId = search.get('campaign') ?? campaigns.data?.[0]?.id ?? null;
  const status = (search.get('taskStatus') as TaskStatus | null) ?? null;
  const progress = useQuery({
    queryKey: ['campaignProgress', campaignId, unitId],
    queryFn: () => execute(CAMPAIGN_PROGRESS, { id: campaignId!, unitId }).then((data) => data.reviewCampaign),
    enabled: Boolean(campaignId),
    // tasks appear while the worker generates them; follow until it is done
    refetchInterval: (query) => (query.state.data && !query.state.data.generated ? 1_000 : false),
  });
  const taskVariables = { unitId, campaignId: campaignId ?? '', status, first: 20, after: search.get('after') };
  const generating = Boolean(progress.data && !progress.data.generated);
  const tasks = useQuery({
    queryKey: ['reviewTasks', taskVariables],
    queryFn: () => execute(REVIEW_TASKS, taskVariables).then((data) => data.reviewTasks),
    enabled: Boolean(campaignId),
    refetchInterval: generating ? 1_000 : false,
  });
  const [opening, setOpening] = useState(false);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openForm] = Form.useForm();
  const refresh = () =>
    Promise.all(['campaigns', 'campaignProgress', 'reviewTasks'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));

  const complete = async (
    taskId: string,
    outcome: 'KEEP' | 'CANCEL',
    cancelReason: CancelReason | null = null,
    note: string | null = null,
  ) => {
    setError(null);
    try {
      await execute(COMPLETE_REVIEW, { taskId, outcome, cancelReason, note });
      await refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const open = async () => {
    const values = await openForm.validateFields();
    setError(null);
    try {
      const { openReviewCampaign } = await execute(OPEN_CAMPAIGN, {
        input: {
          unitId,
          year: values.year,
          startsAt: dayjs().toISOString(),
          deadline: (values.deadline as dayjs.Dayjs).endOf('day').toISOString(),
          graceDays: values.graceDays,
        },
      });
      setOpening(false);
      await refresh();
      updateSearch({ campaign: openReviewCampaign.id });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  // the union admin of the campaign's unit closes it, which freezes its summary
  const closable =
    progress.data?.status === 'OPEN' &&
    (me.data?.roles ?? []).some((grant) => grant.role === 'UNION_ADMIN' && grant.unit.id === progress.data?.unit.id);
  const close = () =>
    modal.confirm({
      title: t('console.reviews.close'),
      content: t('console.reviews.closeConfirm'),
      okText: t('console.reviews.close'),
      cancelText: t('app.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await execute(CLOSE_CAMPAIGN, { id: campaignId! });
          await refresh();
        } catch (caught) {
          setError(caught instanceof Error ? caught.message : String(caught));
        }
      },
    });
  const summary = progress.data?.summary ? (JSON.parse(progress.data.summary) as Record<string, number>) : null;

  const overall = progress.data?.progress;
  return (
    <section aria-labelledby="reviews-title">
      <Typography.Title level={2} id="reviews-title" style={{ fontSize: 22 }}>
        {t('console.reviews.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('console.reviews.campaign')}
          placeholder={t('console.reviews.campaign')}
          style={{ minWidth: 260 }}
          value={campaignId ?? undefined}
          onChange={(value) => updateSearch({ campaign: value, after: null })}
          options={(campaigns.data ?? []).map((campaign) => ({
            value: campaign.id,
            label: `${campaign.year} · ${campaign.unit.name} · ${t(`console.reviews.statuses.${campaign.status}`)}`,
          }))}
        />
        <Button onClick={() => setOpening(true)}>{t('console.reviews.open')}</Button>
      </Space>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      {!campaignId && !campaigns.isPending && <Empty description={t('console.reviews.none')} />}
      {overall && (
        <Card
          title={t('console.reviews.progress')}
          style={{ marginBottom: 16 }}
          extra={
            closable && (
              <Button danger onClick={close}>
                {t('console.reviews.close')}
              </Button>
            )
          }
        >
          <p data-testid="review-progress">{t('console.reviews.summary', overall)}</p>
          {summary && progress.data?.closedAt && (
            <Alert
              type="info"
              style={{ marginBottom: 12 }}
              title={t('console.reviews.closedSummary', {
                date: formatDate(progress.data.closedAt),
                outcomes: (['KEEP', 'UPDATE', 'RECLASSIFY', 'CANCEL'] as const)
                  .map((outcome) => `${t(`console.reviews.outcomes.${outcome}`)} ${summary[outcome] ?? 0}`)
                  .join('，'),
              })}
            />
          )}
          <Progress percent={share(overall.done, overall.total)} aria-label={t('console.reviews.progress')} />
          {(progress.data?.byUnit ?? []).map((row) => (
            <div key={row.unit.id} className="unit-progress">
              <span>{row.unit.name}</span>
              <Progress
                percent={share(row.done, row.total)}
                status={row.overdue > 0 ? 'exception' : undefined}
                aria-label={row.unit.name}
              />
              <span className="muted">{t('console.reviews.summary', row)}</span>
            </div>
          ))}
        </Card>
      )}
      {campaignId && (
        <Card title={t('console.reviews.tasks')}>
          <Select
            allowClear
            aria-label={t('console.queue.status')}
            placeholder={t('console.queue.status')}
            style={{ minWidth: 160, marginBottom: 12 }}
            value={status}
            onChange={(value) => updateSearch({ taskStatus: value, after: null }, { replace: true })}
            options={(['DUE', 'OVERDUE', 'DONE'] as const).map((value) => ({ value, label: t(`console.reviews.taskStatuses.${value}`) }))}
          />
          <Table
            rowKey="id"
            size="middle"
            pagination={false}
            loading={tasks.isPending}
            dataSource={tasks.data?.edges.map((edge) => edge.node) ?? []}
            columns={[
              { title: t('auth.name'), key: 'name', render: (_, task) => task.file?.personName ?? '—' },
              { title: t('console.case.idNumber'), key: 'id', render: (_, task) => task.file?.idNumberMasked ?? '—' },
              {
                title: t('file.category'),
                key: 'category',
                render: (_, task) => (task.file ? t(`categories.${task.file.category}`) : '—'),
              },
              {
                title: t('console.queue.status'),
                key: 'status',
                render: (_, task) => (
                  <Tag color={task.status === 'OVERDUE' ? 'error' : undefined}>{t(`console.reviews.taskStatuses.${task.status}`)}</Tag>
                ),
              },
              {
                title: t('console.reviews.outcome'),
                key: 'outcome',
                render: (_, task) =>
                  task.outcome
                    ? `${t(`console.reviews.outcomes.${task.outcome}`)}${task.completedAt ? ` · ${formatDate(task.completedAt)}` : ''}`
                    : '',
              },
              {
                title: '',
                key: 'actions',
                render: (_, task) =>
                  task.status === 'DONE' ? null : (
                    <Space>
                      <Button size="small" type="primary" onClick={() => void complete(task.id, 'KEEP')}>
                        {t('console.reviews.outcomes.KEEP')}
                      </Button>
                      {(['UPDATE', 'RECLASSIFY'] as const).map((outcome) => (
                        <Button
                          key={outcome}
                          size="small"
                          disabled={!task.file}
                          onClick={() =>
                            navigate(`/console/files/${task.file!.id}/edit?unit=${unitId}&review=${task.id}&outcome=${outcome}`)
                          }
                        >
                          {t(`console.reviews.outcomes.${outcome}`)}
                        </Button>
                      ))}
                      <Button size="small" danger onClick={() => setCancelling(task.id)}>
                        {t('console.reviews.outcomes.CANCEL')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
          <KeysetPager pageInfo={tasks.data?.pageInfo} />
        </Card>
      )}
      <Modal
        open={opening}
        title={t('console.reviews.open')}
        okText={t('console.fields.submit')}
        cancelText={t('app.cancel')}
        onOk={() => void open()}
        onCancel={() => setOpening(false)}
        destroyOnHidden
      >
        <Form form={openForm} layout="vertical" initialValues={{ year: dayjs().year(), graceDays: 30, deadline: dayjs().add(2, 'month') }}>
          <Form.Item label={t('console.reviews.year')} name="year" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item label={t('console.reviews.deadline')} name="deadline" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label={t('console.reviews.graceDays')} name="graceDays" rules={[{ required: true }]}>
            <InputNumber min={0} max={365} />
          </Form.Item>
        </Form>
      </Modal>
      <CancelFileModal
        open={cancelling !== null}
        onCancel={() => setCancelling(null)}
        onConfirm={async (reason, note) => {
          await complete(cancelling!, 'CANCEL', reason, note);
          setCancelling(null);
        }}
      />
    </section>
  );
}
