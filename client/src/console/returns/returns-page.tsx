import { Alert, Button, Card, Descriptions, Form, Input, Segmented, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEAD_ROLES } from '@bangfu/shared/enums';
import { endedReportPeriods, reportPeriodName, type ReportPeriodKind } from '@bangfu/shared/report-period';
import { formatDate, formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { updateSearch, useSearch } from '../../lib/router';
import { FormDialog } from '../campaigns/form-dialog';
import { StatisticsTabs } from '../dashboard/statistics-tabs';
import { ExportButton } from '../export-button';
import type { ConsoleStatFiguresFragment, ConsoleStatReportsQuery } from '../gql/graphql';
import { useRolesOn } from '../use-console';
import { ACCEPT_STAT_REPORT, EXPORT_STAT_REPORT, RETURN_STAT_REPORT, STAT_PROGRESS, STAT_REPORT, SUBMIT_STAT_REPORT } from './api';

type ProgressRow = ConsoleStatReportsQuery['statReports'][number];
type TreeRow = ProgressRow & { key: string; children?: TreeRow[] };

const STATE_COLORS: Record<string, string> = { NOT_SUBMITTED: 'default', SUBMITTED: 'blue', ACCEPTED: 'green', RETURNED: 'orange' };
const KINDS: ReportPeriodKind[] = ['QUARTER', 'MONTH', 'YEAR'];
const RECENT = { MONTH: 12, QUARTER: 8, YEAR: 3 } as const;

/** The ended period the page opens on: last quarter. */
const defaultPeriod = () => endedReportPeriods(new Date(), 'QUARTER', 1)[0].key;
/** The last day a return may come in: the day before the instant it is due. */
const lastDay = (dueAt: string) => formatDate(new Date(Date.parse(dueAt) - 1).toISOString());
const kindOf = (period: string): ReportPeriodKind => (period.includes('Q') ? 'QUARTER' : period.length === 7 ? 'MONTH' : 'YEAR');

/** A return's figures as lines: indicator, frozen value, live value; the list figures one line per entry. */
function figureLines(frozen: ConsoleStatFiguresFragment | null, live: ConsoleStatFiguresFragment, t: (key: string) => string) {
  const yuan = (fen: number) => fenToYuan(fen);
  const percent = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? '—' : `${(ratio * 100).toFixed(1)}%`);
  const scalar = (key: keyof ConsoleStatFiguresFragment, format: (value: never) => string = (value) => String(value ?? '—')) => ({
    key,
    label: t(`console.returns.figures.${key}`),
    frozen: frozen ? format(frozen[key] as never) : '—',
    live: format(live[key] as never),
  });
  const listed = <Row extends Record<string, unknown>>(
    key: string,
    pick: (figures: ConsoleStatFiguresFragment) => Row[],
    name: keyof Row,
    value: keyof Row,
    label: (name: string) => string,
    format: (value: number) => string = String,
  ) => {
    const names = [...new Set([...(frozen ? pick(frozen) : []), ...pick(live)].map((row) => String(row[name])))];
    const valueIn = (figures: ConsoleStatFiguresFragment | null, entry: string) => {
      if (!figures) return '—';
      const found = pick(figures).find((row) => String(row[name]) === entry);
      return format(found ? Number(found[value]) : 0);
    };
    return names.map((entry) => ({
      key: `${key}.${entry}`,
      label: `${t(`console.returns.figures.${key}`)}：${label(entry)}`,
      frozen: valueIn(frozen, entry),
      live: valueIn(live, entry),
    }));
  };
  return [
    scalar('newCases'),
    scalar('decidedCases'),
    scalar('approvedCases'),
    scalar('rejectedCases'),
    scalar('closedCases'),
    scalar('medianDecisionDays'),
    scalar('overdueCases'),
    ...listed(
      'casesByStatus',
      (f) => f.casesByStatus,
      'status',
      'count',
      (status) => t(`statuses.${status}`),
    ),
    ...listed(
      'casesByType',
      (f) => f.casesByType,
      'type',
      'count',
      (type) => t(`types.${type}`),
    ),
    scalar('approvedFen', yuan),
    scalar('paidFen', yuan),
    scalar('fundBalanceFen', yuan),
    ...listed(
      'incomeBySource',
      (f) => f.incomeBySource,
      'source',
      'amountFen',
      (source) => t(`console.funds.sources.${source}`),
      yuan,
    ),
    ...listed(
      'activeFilesByCategory',
      (f) => f.activeFilesByCategory,
      'category',
      'count',
      (category) => t(`categories.${category}`),
    ),
    scalar('stations'),
    scalar('demonstrationStations'),
    scalar('demonstrationRatio', percent),
    scalar('assessedStations'),
    scalar('averageAssessmentScore', (score: number | null) => (score === null ? '—' : score.toFixed(1))),
    scalar('failingStations'),
    scalar('subsidyHoldbackFen', yuan),
    scalar('ratedCases'),
    scalar('satisfactionRate', percent),
  ];
}

/** One unit's return for the period: the frozen figures beside the live ones, its versions, and what may be done next. */
function ReturnCard({
  unitId,
  period,
  actingUnitId,
  childrenRows,
  childOfActing,
  onChanged,
}: {
  unitId: string;
  period: string;
  actingUnitId: string;
  childrenRows: ProgressRow[];
  /** A direct child of the unit the user acts for, whose head decides its return. */
  childOfActing: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isHereHead = useRolesOn(actingUnitId).some((role) => HEAD_ROLES.includes(role));
  const found = useQuery({
    queryKey: ['statReport', unitId, period],
    queryFn: () => execute(STAT_REPORT, { unitId, period }).then((data) => data.statReport),
  });
  const [dialog, setDialog] = useState<'submit' | 'return' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['statReport', unitId, period] });
    await onChanged();
  };
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const data = found.data;
  if (!data) return found.isError ? <Alert type="error" title={found.error.message} /> : null;
  const current = data.versions[0] ?? null;
  const own = unitId === actingUnitId;
  const periodEnded = endedReportPeriods(new Date(), kindOf(period), RECENT[kindOf(period)]).some((each) => each.key === period);
  const canSubmit = own && isHereHead && periodEnded && current?.status !== 'SUBMITTED';
  const correcting = current?.status === 'ACCEPTED';
  // the union directly above decides a child's return
  const canDecide = childOfActing && isHereHead && current?.status === 'SUBMITTED';
  const missingChildren = childrenRows.filter((row) => row.state !== 'ACCEPTED');
  const different = new Set(data.differences);
  const lines = figureLines(current?.figures ?? null, data.live, t);
  return (
    <Card
      data-testid="stat-return"
      title={
        <Space wrap>
          <span>{t('console.returns.returnOf', { unit: data.unit.name, period: reportPeriodName(period) })}</span>
          <Tag color={STATE_COLORS[current?.status ?? 'NOT_SUBMITTED']}>
            {t(`console.returns.states.${current?.status ?? 'NOT_SUBMITTED'}`)}
          </Tag>
          {current && <span>{t('console.returns.version', { version: current.version })}</span>}
        </Space>
      }
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('console.returns.due', { date: lastDay(data.dueAt) })}</span>
        {canSubmit && (
          <Button type="primary" onClick={() => setDialog('submit')}>
            {t(correcting ? 'console.returns.correct' : 'console.returns.submit')}
          </Button>
        )}
        {canDecide && (
          <>
            <Button type="primary" onClick={() => void run(() => execute(ACCEPT_STAT_REPORT, { id: current!.id }))}>
              {t('console.returns.accept')}
            </Button>
            <Button onClick={() => setDialog('return')}>{t('console.returns.sendBack')}</Button>
          </>
        )}
        {current?.status === 'ACCEPTED' &&
          (['XLSX', 'PDF'] as const).map((format) => (
            <ExportButton
              key={format}
              label={t(`console.returns.export${format}`)}
              filename={`${data.unit.name}-${period}-V${current.version}.${format.toLowerCase()}`}
              start={() => execute(EXPORT_STAT_REPORT, { id: current.id, format }).then((result) => result.exportStatReport)}
            />
          ))}
      </Space>
      {!periodEnded && <Alert type="info" title={t('console.returns.periodOpen')} style={{ marginBottom: 12 }} />}
      {current && different.size > 0 && (
        <Alert type="warning" title={t('console.returns.differs', { count: different.size })} style={{ marginBottom: 12 }} />
      )}
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        rowClassName={(line) => (line.frozen !== line.live && current ? 'return-line-differs' : '')}
        columns={[
          { title: t('console.returns.indicator'), dataIndex: 'label' },
          { title: t('console.returns.frozen'), dataIndex: 'frozen', align: 'right' },
          { title: t('console.returns.live'), dataIndex: 'live', align: 'right' },
          {
            title: t('console.returns.difference'),
            key: 'difference',
            render: (_, line) => (current && line.frozen !== line.live ? <Tag color="orange">{t('console.returns.changed')}</Tag> : null),
          },
        ]}
      />
      {data.versions.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('console.returns.versions')}
          </Typography.Title>
          <Timeline
            items={data.versions.map((version) => ({
              color: STATE_COLORS[version.status],
              content: (
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('console.returns.version', { version: version.version })}>
                    {t(`console.returns.states.${version.status}`)} · {t('console.returns.submittedAt')}{' '}
                    {formatDateTime(version.submittedAt)}
                    {version.decidedAt && ` · ${t('console.returns.decidedAt')} ${formatDateTime(version.decidedAt)}`}
                  </Descriptions.Item>
                  {version.correctionReason && (
                    <Descriptions.Item label={t('console.returns.correctionReason')}>{version.correctionReason}</Descriptions.Item>
                  )}
                  {version.returnReason && (
                    <Descriptions.Item label={t('console.returns.returnReason')}>{version.returnReason}</Descriptions.Item>
                  )}
                  {version.missing.map((entry) => (
                    <Descriptions.Item key={entry.unit.id} label={t('console.returns.missingOne', { unit: entry.unit.name })}>
                      {entry.reason}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ),
            }))}
          />
        </>
      )}
      <FormDialog
        open={dialog === 'submit'}
        title={t(correcting ? 'console.returns.correct' : 'console.returns.submit')}
        onClose={() => setDialog(null)}
        onSubmit={async () => {
          const values = await form.validateFields();
          await execute(SUBMIT_STAT_REPORT, {
            unitId,
            period,
            missing: missingChildren.map((row) => ({ unitId: row.unit.id, reason: values[`missing-${row.unit.id}`] ?? '' })),
            correctionReason: correcting ? values.correctionReason : null,
          });
          setDialog(null);
          form.resetFields();
          await refresh();
        }}
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Typography.Paragraph>{t('console.returns.submitIntro', { period: reportPeriodName(period) })}</Typography.Paragraph>
          {correcting && (
            <Form.Item name="correctionReason" label={t('console.returns.correctionReason')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
          {missingChildren.map((row) => (
            <Form.Item
              key={row.unit.id}
              name={`missing-${row.unit.id}`}
              label={t('console.returns.missingReason', { unit: row.unit.name, state: t(`console.returns.states.${row.state}`) })}
              rules={[{ required: true, min: 2 }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          ))}
        </Form>
      </FormDialog>
      <FormDialog
        open={dialog === 'return'}
        title={t('console.returns.sendBack')}
        onClose={() => setDialog(null)}
        onSubmit={async () => {
          const values = await form.validateFields();
          await execute(RETURN_STAT_REPORT, { id: current!.id, reason: values.reason });
          setDialog(null);
          await refresh();
        }}
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label={t('console.returns.returnReason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </FormDialog>
    </Card>
  );
}

/**
 * 统计上报: the completeness of the subtree's returns for a period (a tree opened level by level), and the return of
 * the unit picked in it, frozen beside live, with the sign-off its head or the union above may give.
 */
export function ReturnsPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const period = search.get('period') ?? defaultPeriod();
  const kind = kindOf(period);
  const selected = search.get('of') ?? unitId;
  const queryClient = useQueryClient();
  const [expanded, setExpanded] = useState<Record<string, TreeRow[]>>({});
  const progress = useQuery({
    queryKey: ['statReports', unitId, period],
    queryFn: () => execute(STAT_PROGRESS, { unitId, period }).then((data) => data.statReports),
  });
  const rows = progress.data ?? [];
  const withChildren = (row: ProgressRow, below: ProgressRow[]): TreeRow => ({ ...row, key: row.unit.id, children: below.map(leaf) });
  // a unit below the top may have units of its own: opened when the row is expanded
  const leaf = (row: ProgressRow): TreeRow =>
    expanded[row.unit.id]
      ? { ...row, key: row.unit.id, children: expanded[row.unit.id] }
      : { ...row, key: row.unit.id, children: row.unit.level === 'ENTERPRISE' ? undefined : [] };
  const tree = rows.length ? [withChildren(rows[0], rows.slice(1))] : [];
  const expand = async (row: TreeRow) => {
    if (row.unit.id === unitId || expanded[row.unit.id]) return;
    const below = (await execute(STAT_PROGRESS, { unitId: row.unit.id, period })).statReports.slice(1);
    setExpanded((known) => ({ ...known, [row.unit.id]: below.map(leaf) }));
  };
  const childrenOf = (id: string): ProgressRow[] => (id === unitId ? rows.slice(1) : (expanded[id] ?? []));
  const onChanged = async () => {
    setExpanded({});
    await queryClient.invalidateQueries({ queryKey: ['statReports'] });
  };
  const counts = rows.slice(1).reduce<Record<string, number>>((all, row) => ({ ...all, [row.state]: (all[row.state] ?? 0) + 1 }), {});
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <StatisticsTabs active="returns" />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('console.returns.title')}
      </Typography.Title>
      <Space wrap>
        <Segmented
          aria-label={t('console.returns.kind')}
          value={kind}
          options={KINDS.map((value) => ({ value, label: t(`console.returns.kinds.${value}`) }))}
          onChange={(value) => updateSearch({ period: endedReportPeriods(new Date(), value, 1)[0].key, of: null })}
        />
        <Select
          aria-label={t('console.returns.period')}
          style={{ width: 180 }}
          value={period}
          options={endedReportPeriods(new Date(), kind, RECENT[kind]).map((each) => ({
            value: each.key,
            label: reportPeriodName(each.key),
          }))}
          onChange={(value) => {
            setExpanded({});
            updateSearch({ period: value, of: null });
          }}
        />
      </Space>
      <Card title={t('console.returns.completeness')} data-testid="return-completeness">
        {progress.isError && <Alert type="error" title={progress.error.message} />}
        <Typography.Paragraph>
          {t('console.returns.summary', {
            total: rows.length - 1,
            accepted: counts.ACCEPTED ?? 0,
            submitted: counts.SUBMITTED ?? 0,
            returned: counts.RETURNED ?? 0,
            missing: counts.NOT_SUBMITTED ?? 0,
          })}
        </Typography.Paragraph>
        <Table<TreeRow>
          size="small"
          rowKey="key"
          pagination={false}
          loading={progress.isLoading}
          dataSource={tree}
          expandable={{
            defaultExpandedRowKeys: [unitId],
            onExpand: (open, row) => void (open && expand(row)),
          }}
          rowClassName={(row) => (row.unit.id === selected ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: t('console.returns.unit'),
              key: 'unit',
              render: (_, row) => (
                <Button
                  type="link"
                  style={{ padding: 0 }}
                  onClick={() => updateSearch({ of: row.unit.id === unitId ? null : row.unit.id })}
                >
                  {row.unit.name}
                </Button>
              ),
            },
            {
              title: t('console.returns.state'),
              key: 'state',
              render: (_, row) => (
                <Space>
                  <Tag color={STATE_COLORS[row.state]}>{t(`console.returns.states.${row.state}`)}</Tag>
                  {row.overdue && <Tag color="red">{t('console.returns.overdue')}</Tag>}
                </Space>
              ),
            },
            { title: t('console.returns.dueAt'), key: 'due', render: (_, row) => lastDay(row.dueAt) },
            {
              title: t('console.returns.lastVersion'),
              key: 'version',
              render: (_, row) =>
                row.current
                  ? `${t('console.returns.version', { version: row.current.version })} · ${formatDateTime(row.current.submittedAt)}`
                  : '—',
            },
          ]}
        />
      </Card>
      <ReturnCard
        key={`${selected}-${period}`}
        unitId={selected}
        period={period}
        actingUnitId={unitId}
        childrenRows={childrenOf(selected)}
        childOfActing={rows.slice(1).some((row) => row.unit.id === selected)}
        onChanged={onChanged}
      />
    </Space>
  );
}
