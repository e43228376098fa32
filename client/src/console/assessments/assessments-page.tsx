import { Alert, App, Button, Card, Descriptions, Empty, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTING_ROLES, type UnitLevel } from '@bangfu/shared/enums';
import { LINYI_RUBRIC_2014 } from '@bangfu/shared/rubric';
import { updateSearch, useSearch } from '../../lib/router';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { useMe } from '../use-console';
import { APPLY, ASSESSMENT, DECIDE, OPEN_CYCLE, SCORE, STATIONS } from './api';

type ScorerLevel = 'DISTRICT' | 'CITY';
const categoryLabel = (key: string) => LINYI_RUBRIC_2014.categories.find((category) => category.key === key)?.label ?? key;

/**
 * Station assessment (规范化建设检查验收): the rubric with pre-filled values and their evidence, a score set by the
 * district then the city, eligibility, the station's application and the city's decision. The server decides who
 * may do which step; this page offers each and shows the refusal when it is not the user's.
 */
export function AssessmentsPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const queryClient = useQueryClient();
  const year = Number(search.get('year') ?? dayjs().year());
  // no default: the current unit is usually the district itself, which is not assessed
  const station = search.get('station');
  const [term, setTerm] = useState('');
  const stations = useQuery({
    queryKey: ['stations', term],
    queryFn: () => execute(STATIONS, { search: term || null }).then((data) => data.units.edges.map((edge) => edge.node)),
  });
  const assessment = useQuery({
    queryKey: ['assessment', station, year],
    queryFn: () => execute(ASSESSMENT, { unitId: station!, year }).then((data) => data.assessment),
    enabled: Boolean(station),
  });
  // only what this person may ever do here is offered; the server still decides each call
  const { message, modal } = App.useApp();
  const grants = useMe().data?.roles ?? [];
  const unionAdminAt = (level: UnitLevel) => grants.some((grant) => grant.role === 'UNION_ADMIN' && grant.unit.level === level);
  const opensCycles = grants.some((grant) => grant.role === 'UNION_ADMIN' && ['CITY', 'DISTRICT', 'PROVINCE'].includes(grant.unit.level));
  const [scores, setScores] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const data = assessment.data;
  useEffect(() => setScores({}), [data?.id]);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: ['assessment'] });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  // scores count toward the station's tier and its demonstration status: the total is confirmed before saving
  const score = (level: ScorerLevel) => {
    const items = data!.items.map((item) => ({
      key: item.key,
      points: scores[item.key] ?? (level === 'CITY' ? item.cityScore : item.districtScore) ?? item.prefilled ?? 0,
    }));
    const total = items.reduce((sum, item) => sum + item.points, 0);
    modal.confirm({
      title: t(level === 'CITY' ? 'console.assessments.saveCity' : 'console.assessments.saveDistrict'),
      content: t('console.assessments.confirmScores', { station: data!.unit.name, total }),
      okText: t('console.fields.submit'),
      cancelText: t('app.cancel'),
      onOk: () => run(() => execute(SCORE, { id: data!.id, scorerLevel: level, items })),
    });
  };
  const openCycle = () =>
    run(async () => {
      await execute(OPEN_CYCLE, { input: { unitId, year } });
      void message.success(t('console.assessments.opened', { year }));
    });

  return (
    <section aria-labelledby="assessments-title">
      <Typography.Title level={2} id="assessments-title" style={{ fontSize: 22 }}>
        {t('console.assessments.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          showSearch
          aria-label={t('console.assessments.station')}
          placeholder={t('console.assessments.station')}
          style={{ minWidth: 320 }}
          value={station}
          filterOption={false}
          onSearch={setTerm}
          onChange={(value) => updateSearch({ station: value })}
          options={(stations.data ?? []).map((unit) => ({ value: unit.id, label: `${unit.name} · ${t(`levels.${unit.level}`)}` }))}
        />
        <Select
          aria-label={t('console.reviews.year')}
          value={year}
          style={{ width: 110 }}
          onChange={(value) => updateSearch({ year: String(value) })}
          options={[0, 1, 2].map((back) => ({ value: dayjs().year() - back, label: String(dayjs().year() - back) }))}
        />
        {opensCycles && <Button onClick={() => void openCycle()}>{t('console.assessments.openCycle')}</Button>}
      </Space>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      {!station && <Empty description={t('console.assessments.pickStation')} />}
      {assessment.isSuccess && !data && <Empty description={t('console.assessments.none')} />}
      {data && (
        <>
          <Card
            style={{ marginBottom: 16 }}
            title={`${data.unit.name} · ${data.year}`}
            extra={
              <Space wrap>
                {unionAdminAt('DISTRICT') && <Button onClick={() => score('DISTRICT')}>{t('console.assessments.saveDistrict')}</Button>}
                {unionAdminAt('CITY') && <Button onClick={() => score('CITY')}>{t('console.assessments.saveCity')}</Button>}
                {grants.some((grant) => grant.unit.id === data.unit.id && ACTING_ROLES.includes(grant.role)) && (
                  <Button type="primary" onClick={() => void run(() => execute(APPLY, { id: data.id }))}>
                    {t('console.assessments.apply')}
                  </Button>
                )}
                {unionAdminAt('CITY') && (
                  <>
                    <Button onClick={() => void run(() => execute(DECIDE, { id: data.id, granted: true }))}>
                      {t('console.assessments.grant')}
                    </Button>
                    <Button danger onClick={() => void run(() => execute(DECIDE, { id: data.id, granted: false }))}>
                      {t('console.assessments.deny')}
                    </Button>
                  </>
                )}
              </Space>
            }
          >
            <Descriptions
              column={3}
              size="small"
              items={[
                {
                  key: 'district',
                  label: t('console.assessments.districtScore'),
                  children: <span data-testid="district-score">{data.districtScore ?? '—'}</span>,
                },
                { key: 'city', label: t('console.assessments.cityScore'), children: data.cityScore ?? '—' },
                { key: 'tier', label: t('console.assessments.tier'), children: t(`console.assessments.tiers.${data.tier}`) },
                {
                  key: 'eligible',
                  label: t('console.assessments.eligibility'),
                  children: data.eligibility.eligible ? (
                    <Tag color="green">{t('console.assessments.eligible')}</Tag>
                  ) : (
                    data.eligibility.reasons.join('；')
                  ),
                },
                {
                  key: 'applied',
                  label: t('console.assessments.applied'),
                  children: data.appliedAt ? dayjs(data.appliedAt).format('YYYY-MM-DD') : '—',
                },
                {
                  key: 'decision',
                  label: t('console.assessments.decision'),
                  children: data.decision ? t(`console.assessments.decisions.${data.decision}`) : '—',
                },
                {
                  key: 'window',
                  label: t('console.assessments.applicationWindow'),
                  children: `${data.cycle.applicationFrom} ~ ${data.cycle.applicationUntil}`,
                },
                {
                  key: 'inspection',
                  label: t('console.assessments.inspectionWindow'),
                  children: `${data.cycle.inspectionFrom} ~ ${data.cycle.inspectionUntil}`,
                },
                { key: 'holdback', label: t('console.assessments.holdback'), children: `¥${fenToYuan(data.subsidyHoldbackFen)}` },
              ]}
            />
          </Card>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={data.items}
            columns={[
              { title: t('console.assessments.category'), key: 'category', render: (_, item) => categoryLabel(item.category) },
              { title: t('console.assessments.item'), dataIndex: 'label' },
              { title: t('console.assessments.points'), dataIndex: 'points', align: 'right' },
              {
                title: t('console.assessments.prefilled'),
                key: 'prefilled',
                render: (_, item) =>
                  item.prefilled == null ? (
                    '—'
                  ) : (
                    <span title={item.evidence ?? undefined}>
                      {item.prefilled}
                      {item.evidence ? ` · ${item.evidence}` : ''}
                    </span>
                  ),
              },
              { title: t('console.assessments.districtScore'), key: 'district', render: (_, item) => item.districtScore ?? '—' },
              { title: t('console.assessments.cityScore'), key: 'city', render: (_, item) => item.cityScore ?? '—' },
              {
                title: t('console.assessments.yourScore'),
                key: 'score',
                render: (_, item) => (
                  <InputNumber
                    aria-label={`${t('console.assessments.yourScore')} ${item.label}`}
                    min={0}
                    max={item.points}
                    size="small"
                    value={scores[item.key] ?? item.districtScore ?? item.prefilled ?? 0}
                    onChange={(value) => setScores((current) => ({ ...current, [item.key]: value ?? 0 }))}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
