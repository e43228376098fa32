import { Alert, App, Button, Card, Descriptions, Empty, Select, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEAD_ROLES } from '@bangfu/shared/enums';
import { formatDate } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { updateSearch, useSearch } from '../../lib/router';
import { useRolesOn } from '../use-console';
import { AID_CAMPAIGN, AID_CAMPAIGNS, CLOSE_AID_CAMPAIGN } from './api';
import { CampaignForm } from './campaign-form';
import { yuan } from './format';
import { QuotaModal } from './quota-modal';
import { RosterCard } from './roster-card';

/**
 * 集中帮扶 (domain.md §9): the campaigns covering the unit; for the one chosen, its terms, the quota tree with where
 * each unit stands (a click goes one level down), and the unit's own roster from building to payout.
 */
export function CampaignsPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const roles = useRolesOn(unitId);
  const campaigns = useQuery({
    queryKey: ['aidCampaigns', unitId],
    queryFn: () => execute(AID_CAMPAIGNS, { unitId }).then((data) => data.campaigns),
  });
  const campaignId = search.get('campaign') ?? campaigns.data?.[0]?.id ?? null;
  const campaign = useQuery({
    queryKey: ['aidCampaign', campaignId, unitId],
    queryFn: () => execute(AID_CAMPAIGN, { id: campaignId!, unitId }).then((data) => data.campaign),
    enabled: Boolean(campaignId),
  });
  const [creating, setCreating] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () =>
    Promise.all(['aidCampaigns', 'aidCampaign', 'campaignRoster'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));

  const data = campaign.data;
  const ownQuota = data?.quotas.find((quota) => quota.unit.id === unitId) ?? null;
  const quotaOf = (id: string) => data?.quotas.find((quota) => quota.unit.id === id);
  const isHead = roles.some((role) => HEAD_ROLES.includes(role));
  const open = data?.status === 'OPEN';
  const closable = open && campaign.data?.unit.id === unitId && roles.includes('UNION_ADMIN');
  const close = () =>
    modal.confirm({
      title: t('console.campaigns.close'),
      content: t('console.campaigns.closeConfirm'),
      okText: t('console.campaigns.close'),
      cancelText: t('app.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await execute(CLOSE_AID_CAMPAIGN, { id: campaignId! });
          await refresh();
        } catch (caught) {
          setError(caught instanceof Error ? caught.message : String(caught));
        }
      },
    });

  return (
    <section aria-labelledby="campaigns-title">
      <Typography.Title level={2} id="campaigns-title" style={{ fontSize: 22 }}>
        {t('console.campaigns.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('console.campaigns.campaign')}
          placeholder={t('console.campaigns.campaign')}
          style={{ minWidth: 320 }}
          value={campaignId ?? undefined}
          onChange={(value) => updateSearch({ campaign: value })}
          options={(campaigns.data ?? []).map((item) => ({
            value: item.id,
            label: `${item.title} · ${item.unit.name} · ${t(`console.campaigns.statuses.${item.status}`)}`,
          }))}
        />
        {roles.includes('UNION_ADMIN') && <Button onClick={() => setCreating(true)}>{t('console.campaigns.create')}</Button>}
      </Space>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      {!campaignId && !campaigns.isPending && <Empty description={t('console.campaigns.none')} />}
      {data && (
        <Card
          title={data.title}
          style={{ marginBottom: 16 }}
          extra={
            closable && (
              <Button danger onClick={close}>
                {t('console.campaigns.close')}
              </Button>
            )
          }
        >
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={t('console.campaigns.kind')}>{t(`campaignKinds.${data.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('console.campaigns.aidType')}>{t(`types.${data.aidType}`)}</Descriptions.Item>
            <Descriptions.Item label={t('console.campaigns.status')}>{t(`console.campaigns.statuses.${data.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('console.campaigns.standards')}>
              {data.standardAmounts.map((row) => `${t(`categories.${row.category}`)} ${yuan(row.amountFen)}`).join('；')}
            </Descriptions.Item>
            <Descriptions.Item label={t('console.campaigns.range')}>
              {yuan(data.minAmountFen)} – {yuan(data.maxAmountFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('console.campaigns.period')}>
              {formatDate(data.opensAt)} – {formatDate(data.closesAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('console.campaigns.noticeDays')}>{data.noticeDays}</Descriptions.Item>
            <Descriptions.Item label={t('console.campaigns.cap')}>
              {t(data.countsTowardCap ? 'console.campaigns.capYes' : 'console.campaigns.capNo')}
            </Descriptions.Item>
            <Descriptions.Item label={t('console.campaigns.funds')}>
              {data.funds.map((fund) => fund.name).join('、') || '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {data && (
        <Card
          title={t('console.campaigns.tree')}
          style={{ marginBottom: 16 }}
          extra={
            open &&
            isHead &&
            ownQuota &&
            data.figures.length > 1 && <Button onClick={() => setSplitting(true)}>{t('console.campaigns.split')}</Button>
          }
        >
          <Table
            rowKey={(row) => row.unit.id}
            size="middle"
            pagination={false}
            dataSource={data.figures}
            columns={[
              {
                title: t('console.unit'),
                key: 'unit',
                render: (_, row) =>
                  row.unit.id === unitId ? (
                    <strong>{row.unit.name}</strong>
                  ) : (
                    <a
                      href={`?unit=${row.unit.id}&campaign=${campaignId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        updateSearch({ unit: row.unit.id });
                      }}
                    >
                      {row.unit.name}
                    </a>
                  ),
              },
              {
                title: t('console.campaigns.quota'),
                key: 'quota',
                render: (_, row) => {
                  const quota = quotaOf(row.unit.id);
                  return quota ? t('console.campaigns.households', { count: quota.households, amount: yuan(quota.amountFen) }) : '—';
                },
              },
              {
                title: t('console.campaigns.rostered'),
                key: 'rostered',
                render: (_, row) => t('console.campaigns.households', { count: row.households, amount: yuan(row.amountFen) }),
              },
              { title: t('console.campaigns.approved'), dataIndex: 'approved' },
              {
                title: t('console.campaigns.paid'),
                key: 'paid',
                render: (_, row) => t('console.campaigns.households', { count: row.paid, amount: yuan(row.paidFen) }),
              },
              {
                title: t('console.campaigns.received'),
                key: 'received',
                render: (_, row) => `${row.received} / ${row.paid}`,
              },
              {
                title: t('console.campaigns.unpaid'),
                key: 'unpaid',
                render: (_, row) => (row.unpaid ? <Typography.Text type="danger">{row.unpaid}</Typography.Text> : 0),
              },
            ]}
          />
        </Card>
      )}
      {data && ownQuota && <RosterCard campaignId={data.id} unitId={unitId} open={open} onChange={refresh} />}
      {data && !ownQuota && <Alert type="info" title={t('console.campaigns.noQuota')} />}
      <CampaignForm
        open={creating}
        unitId={unitId}
        onClose={() => setCreating(false)}
        onCreated={async (id) => {
          setCreating(false);
          await refresh();
          updateSearch({ campaign: id });
        }}
      />
      {data && ownQuota && (
        <QuotaModal
          open={splitting}
          campaignId={data.id}
          unitId={unitId}
          own={ownQuota}
          children={data.figures.filter((row) => row.unit.id !== unitId).map((row) => ({ unit: row.unit, quota: quotaOf(row.unit.id) }))}
          onClose={() => setSplitting(false)}
          onSaved={async () => {
            setSplitting(false);
            await refresh();
          }}
        />
      )}
    </section>
  );
}
