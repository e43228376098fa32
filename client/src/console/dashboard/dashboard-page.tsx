import { Alert, Breadcrumb, Button, Card, Col, DatePicker, Row, Space, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSearch } from '../../lib/router';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { ExportButton } from '../export-button';
import { useCurrentUnit, usePeriod } from '../use-console';
import { EXPORT_ROLLUP, ROLLUP } from './api';
import { Chart } from './chart';
import { StatisticsTabs } from './statistics-tabs';

const percent = (ratio: number | null | undefined) => (ratio == null ? '—' : `${Math.round(ratio * 1000) / 10}%`);

/**
 * The rollup of the unit in `?unit=` over its subtree, with a child-unit table to drill down one level at a time and a
 * breadcrumb back up; the period and the unit live in the URL, so a view can be bookmarked or printed.
 */
export function DashboardPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { from, to, range } = usePeriod();
  const { units } = useCurrentUnit();
  const rollup = useQuery({
    queryKey: ['rollup', unitId, range],
    queryFn: () => execute(ROLLUP, { unitId, ...range }).then((data) => data.rollup),
  });
  const data = rollup.data;
  // every month of the period, the quiet ones at zero, so the trend does not skip them
  const monthly = useMemo(() => {
    if (!data) return [];
    const found = new Map(data.monthly.map((row) => [row.month, row]));
    const months: typeof data.monthly = [];
    for (let month = dayjs(from).startOf('month'); !month.isAfter(dayjs(to), 'month'); month = month.add(1, 'month')) {
      const key = month.format('YYYY-MM');
      months.push(found.get(key) ?? { month: key, newCases: 0, approvedCases: 0, paidFen: 0 });
    }
    return months;
  }, [data, from, to]);
  const drillTo = useCallback((index: number) => data && updateSearch({ unit: data.children[index].unit.id }), [data]);

  const options = useMemo(() => {
    if (!data) return null;
    return {
      status: {
        animation: false,
        tooltip: {},
        grid: { left: 100, right: 20, top: 10, bottom: 20 },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: data.casesByStatus.map((row) => t(`statuses.${row.status}`)) },
        series: [{ type: 'bar', data: data.casesByStatus.map((row) => row.count), itemStyle: { color: '#b30d27' } }],
      },
      type: {
        animation: false,
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['35%', '65%'],
            data: data.casesByType.map((row) => ({ name: t(`types.${row.type}`), value: row.count })),
          },
        ],
      },
      monthly: {
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 50, right: 60, top: 20, bottom: 50 },
        xAxis: { type: 'category', data: monthly.map((row) => row.month) },
        yAxis: [
          { type: 'value', name: t('console.dashboard.cases') },
          { type: 'value', name: '元' },
        ],
        series: [
          {
            type: 'line',
            name: t('console.dashboard.newCases'),
            data: monthly.map((row) => row.newCases),
            itemStyle: { color: '#b30d27' },
          },
          {
            type: 'line',
            name: t('console.dashboard.approved'),
            data: monthly.map((row) => row.approvedCases),
            itemStyle: { color: '#1677ff' },
          },
          {
            type: 'bar',
            name: t('console.dashboard.paid'),
            yAxisIndex: 1,
            barMaxWidth: 40,
            data: monthly.map((row) => row.paidFen / 100),
            itemStyle: { color: '#d9d9d9' },
          },
        ],
      },
      children: {
        animation: false,
        tooltip: {},
        grid: { left: 60, right: 20, top: 10, bottom: 60 },
        xAxis: { type: 'category', data: data.children.map((child) => child.unit.name), axisLabel: { rotate: 20 } },
        yAxis: { type: 'value', name: '元' },
        series: [{ type: 'bar', data: data.children.map((child) => child.paidFen / 100), itemStyle: { color: '#1677ff' } }],
      },
    };
  }, [data, monthly, t]);

  return (
    <section aria-labelledby="dashboard-title">
      <StatisticsTabs active="dashboard" />
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Title level={2} id="dashboard-title" style={{ fontSize: 22, margin: 0 }}>
          {t('console.dashboard.title')} · {data?.unit.name}
        </Typography.Title>
      </Space>
      {data && (
        <nav aria-label="breadcrumb">
          <Breadcrumb
            items={[...data.unit.ancestors, { id: data.unit.id, name: data.unit.name }].map((unit, index, path) => ({
              key: unit.id,
              // above the user's own unit the path is shown but not linked: those rollups are not theirs to read
              title:
                unit.id === data.unit.id || index < path.findIndex((step) => units.some((own) => own.id === step.id)) ? (
                  unit.name
                ) : (
                  <a
                    href={`?unit=${unit.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      updateSearch({ unit: unit.id });
                    }}
                  >
                    {unit.name}
                  </a>
                ),
            }))}
          />
        </nav>
      )}
      <Space className="no-print" style={{ margin: '16px 0' }} wrap>
        <DatePicker.RangePicker
          aria-label={t('console.funds.period')}
          value={[dayjs(from), dayjs(to)]}
          allowClear={false}
          onChange={(values) =>
            values?.[0] && values[1] && updateSearch({ from: values[0].format('YYYY-MM-DD'), to: values[1].format('YYYY-MM-DD') })
          }
        />
        <ExportButton
          filename={`rollup-${from}-${to}.xlsx`}
          start={() => execute(EXPORT_ROLLUP, { unitId, ...range }).then((result) => result.exportRollup)}
        />
        <Button onClick={() => window.print()}>{t('console.dashboard.print')}</Button>
        <Typography.Text type="secondary">
          {t('console.dashboard.dataAsOf', { time: formatDateTime(new Date().toISOString()) })}
        </Typography.Text>
      </Space>
      {rollup.isError && <Alert type="error" title={rollup.error.message} />}
      {data && options && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              ['newCases', data.newCases],
              ['approved', data.approvedCases],
              ['paid', `¥${fenToYuan(data.paidFen)}`],
              ['overdue', data.overdueCases],
              ['satisfaction', percent(data.satisfactionRate)],
              ['demonstration', percent(data.demonstrationRatio)],
              // a station paid from its district's fund holds none of its own: say so rather than ¥0.00
              [
                'balance',
                !data.unit.holdsFund && data.fundBalanceFen === 0 ? t('console.dashboard.noFund') : `¥${fenToYuan(data.fundBalanceFen)}`,
              ],
              // 到账情况: bank payments still at the bank now, and what arrived and failed in the period
              ['inTransit', `¥${fenToYuan(data.bankPayments.inTransitFen)}${data.bankPayments.aged ? ` ⚠ ${data.bankPayments.aged}` : ''}`],
              ['arrived', `¥${fenToYuan(data.bankPayments.arrivedFen)}`],
              ['failed', `¥${fenToYuan(data.bankPayments.failedFen)}`],
            ].map(([key, value]) => (
              <Col key={key as string}>
                <Card className="kpi">
                  <Statistic title={t(`console.dashboard.${key}`)} value={value as string} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card title={t('console.dashboard.overTime')} style={{ marginBottom: 16 }}>
            <Chart
              option={options.monthly}
              label={monthly.map((row) => `${row.month}: ${row.newCases} / ${row.approvedCases} / ¥${fenToYuan(row.paidFen)}`).join('，')}
            />
          </Card>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={12}>
              <Card title={t('console.dashboard.byStatus')}>
                <Chart
                  option={options.status}
                  label={data.casesByStatus.map((row) => `${t(`statuses.${row.status}`)} ${row.count}`).join('，')}
                />
              </Card>
            </Col>
            <Col span={12}>
              <Card title={t('console.dashboard.byType')}>
                <Chart option={options.type} label={data.casesByType.map((row) => `${t(`types.${row.type}`)} ${row.count}`).join('，')} />
              </Card>
            </Col>
          </Row>
          {data.children.length > 0 && (
            <Card title={t('console.dashboard.children')} style={{ marginBottom: 16 }}>
              <Chart
                option={options.children}
                onPick={drillTo}
                label={data.children.map((child) => `${child.unit.name} ¥${fenToYuan(child.paidFen)}`).join('，')}
              />
              <Table
                rowKey={(row) => row.unit.id}
                size="middle"
                pagination={false}
                dataSource={data.children}
                columns={[
                  {
                    title: t('console.unit'),
                    key: 'unit',
                    render: (_, child) => (
                      <a
                        href={`?unit=${child.unit.id}`}
                        onClick={(event) => {
                          event.preventDefault();
                          updateSearch({ unit: child.unit.id });
                        }}
                      >
                        {child.unit.name}
                      </a>
                    ),
                  },
                  { title: t('console.dashboard.newCases'), dataIndex: 'newCases', align: 'right' },
                  { title: t('console.dashboard.approved'), dataIndex: 'approvedCases', align: 'right' },
                  { title: t('console.dashboard.paid'), key: 'paid', align: 'right', render: (_, child) => `¥${fenToYuan(child.paidFen)}` },
                  { title: t('console.dashboard.overdue'), dataIndex: 'overdueCases', align: 'right' },
                  {
                    title: t('console.dashboard.satisfaction'),
                    key: 'satisfaction',
                    align: 'right',
                    render: (_, child) => percent(child.satisfactionRate),
                  },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </section>
  );
}
