import { Alert, App, Button, Checkbox, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTING_ROLES, AID_TYPES, CASE_STATUSES, type AidType, type CaseStatus } from '@bangfu/shared/enums';
import { navigate, updateSearch, useSearch } from '../../lib/router';
import { formatDate, formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { CaseStatusTag } from '../case-status-tag';
import { KeysetPager } from '../keyset-pager';
import { useMe } from '../use-console';
import { BULK_ACCEPT, BULK_ASSIGN, CASE_QUEUE, COLLEAGUES } from './api';

const PAGE_SIZE = 20;
type BulkResult = { id: string; ok: boolean; message?: string | null };
type NamedResult = BulkResult & { name: string };

/**
 * The unit's queue, soonest deadline first, with every filter in the URL (a filtered queue can be bookmarked).
 * Keyboard triage: j/k move, x selects, Enter opens.
 */
/** A case as staff name it in lists and results: its number (its reference before acceptance) and the applicant. */
const caseLabel = (row: { caseNumber?: string | null; reference: string; applicantName: string }) =>
  `${row.caseNumber ?? row.reference}（${row.applicantName}）`;

/** Without a status filter the queue leaves out what nobody works on any more: drafts and withdrawn applications. */
const OPEN_TO_STAFF = CASE_STATUSES.filter((status) => status !== 'DRAFT' && status !== 'WITHDRAWN');

export function QueuePage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const me = useMe();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const statuses = search.getAll('status') as CaseStatus[];
  const types = search.getAll('type') as AidType[];
  const variables = {
    unitId,
    statuses: statuses.length ? statuses : OPEN_TO_STAFF,
    types: types.length ? types : null,
    overdueOnly: search.get('overdue') === '1',
    assignedToMe: search.get('mine') === '1',
    search: search.get('q') || null,
    first: PAGE_SIZE,
    after: search.get('after'),
  };
  // desk registration is acting on the unit's cases
  const canRegister = (me.data?.roles ?? []).some((grant) => grant.unit.id === unitId && ACTING_ROLES.includes(grant.role));
  const queue = useQuery({ queryKey: ['queue', variables], queryFn: () => execute(CASE_QUEUE, variables).then((data) => data.caseQueue) });
  const rows = useMemo(() => queue.data?.edges.map((edge) => edge.node) ?? [], [queue.data]);
  // only people acting on this unit may be assigned; readers above it get none and see no assignment control
  const colleagues = useQuery({
    queryKey: ['colleagues', unitId],
    queryFn: () => execute(COLLEAGUES, { unitId }).then((data) => data.colleagues),
    retry: false,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [active, setActive] = useState(0);
  const [results, setResults] = useState<NamedResult[] | null>(null);

  const bulk = useMutation({
    // names are taken when the action runs: afterwards the refreshed queue may no longer hold those rows
    mutationFn: async (run: () => Promise<BulkResult[]>) => {
      const names = new Map(rows.map((row) => [row.id, caseLabel(row)]));
      return (await run()).map((result) => ({ ...result, name: names.get(result.id) ?? result.id }));
    },
    onSuccess: (outcome) => {
      setResults(outcome);
      setSelected([]);
      void queryClient.invalidateQueries({ queryKey: ['queue'] });
    },
  });

  const setList = (name: string, values: string[]) => {
    const params = new URLSearchParams(location.search);
    params.delete(name);
    values.forEach((value) => params.append(name, value));
    params.delete('after');
    navigate(`${location.pathname}?${params.toString()}`, { replace: true });
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement).closest('input, textarea, [role=combobox]') || !rows.length) return;
      if (event.key === 'j') setActive((index) => Math.min(rows.length - 1, index + 1));
      else if (event.key === 'k') setActive((index) => Math.max(0, index - 1));
      else if (event.key === 'Enter') navigate(`/console/cases/${rows[active].id}`);
      else if (event.key === 'x') {
        const id = rows[active].id;
        setSelected((current) => (current.includes(id) ? current.filter((item) => item !== id) : [...current, id]));
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, active]);

  return (
    <section aria-labelledby="queue-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="baseline">
        <Typography.Title level={2} id="queue-title" style={{ fontSize: 22 }}>
          {t('console.queue.title')}
        </Typography.Title>
        {canRegister && (
          <Button type="primary" onClick={() => navigate(`/console/cases/new${search.get('unit') ? `?unit=${search.get('unit')}` : ''}`)}>
            {t('console.desk.title')}
          </Button>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          mode="multiple"
          allowClear
          aria-label={t('console.queue.status')}
          placeholder={t('console.queue.status')}
          style={{ minWidth: 220 }}
          value={statuses}
          onChange={(values) => setList('status', values)}
          options={CASE_STATUSES.filter((status) => status !== 'DRAFT').map((status) => ({
            value: status,
            label: t(`statuses.${status}`),
          }))}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t('console.queue.type')}
          placeholder={t('console.queue.type')}
          style={{ minWidth: 200 }}
          value={types}
          onChange={(values) => setList('type', values)}
          options={AID_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        <Checkbox
          checked={variables.overdueOnly}
          onChange={(event) => updateSearch({ overdue: event.target.checked ? '1' : null, after: null }, { replace: true })}
        >
          {t('console.queue.overdueOnly')}
        </Checkbox>
        <Checkbox
          checked={variables.assignedToMe}
          onChange={(event) => updateSearch({ mine: event.target.checked ? '1' : null, after: null }, { replace: true })}
        >
          {t('console.queue.mine')}
        </Checkbox>
        <Input.Search
          aria-label={t('console.queue.search')}
          placeholder={t('console.queue.search')}
          defaultValue={variables.search ?? ''}
          allowClear
          style={{ width: 280 }}
          onSearch={(value) => updateSearch({ q: value, after: null }, { replace: true })}
        />
      </Space>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('console.queue.total', { count: queue.data?.totalCount ?? 0 })}</span>
        {selected.length > 0 && (
          <>
            <strong>{t('console.queue.selected', { count: selected.length })}</strong>
            <Button
              type="primary"
              loading={bulk.isPending}
              onClick={() =>
                // accepting numbers the cases and starts their deadlines: it is confirmed, naming what will be accepted
                modal.confirm({
                  title: t('console.queue.bulkAccept'),
                  content: t('console.queue.confirmAccept', {
                    count: selected.length,
                    cases: rows
                      .filter((row) => selected.includes(row.id))
                      .map(caseLabel)
                      .join('、'),
                  }),
                  okText: t('console.fields.submit'),
                  cancelText: t('app.cancel'),
                  onOk: () => bulk.mutate(() => execute(BULK_ACCEPT, { ids: selected }).then((data) => data.bulkAcceptCases)),
                })
              }
            >
              {t('console.queue.bulkAccept')}
            </Button>
            <Button
              loading={bulk.isPending}
              disabled={!me.data}
              onClick={() =>
                bulk.mutate(() => execute(BULK_ASSIGN, { ids: selected, userId: me.data!.id }).then((data) => data.bulkAssignCases))
              }
            >
              {t('console.queue.bulkClaim')}
            </Button>
            {colleagues.data && colleagues.data.length > 0 && (
              <Select
                aria-label={t('console.queue.assignTo')}
                placeholder={t('console.queue.assignTo')}
                style={{ minWidth: 160 }}
                value={null}
                options={colleagues.data.map((colleague) => ({ value: colleague.id, label: colleague.name }))}
                onChange={(userId: string) =>
                  bulk.mutate(() => execute(BULK_ASSIGN, { ids: selected, userId }).then((data) => data.bulkAssignCases))
                }
              />
            )}
          </>
        )}
        <Typography.Text type="secondary">{t('console.queue.shortcuts')}</Typography.Text>
      </Space>
      {queue.isError && <Alert type="error" title={queue.error.message} />}
      <Table
        rowKey="id"
        size="middle"
        loading={queue.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('console.queue.noCases') }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        rowClassName={(row, index) => [row.overdue ? 'overdue-row' : '', index === active ? 'active-row' : ''].join(' ')}
        onRow={(row, index) => ({ onClick: () => setActive(index ?? 0), onDoubleClick: () => navigate(`/console/cases/${row.id}`) })}
        columns={[
          {
            title: t('console.queue.caseNumber'),
            key: 'number',
            render: (_, row) => (
              <a
                href={`/console/cases/${row.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(`/console/cases/${row.id}`);
                }}
              >
                {row.caseNumber ?? row.reference}
              </a>
            ),
          },
          { title: t('console.queue.applicant'), dataIndex: 'applicantName' },
          { title: t('console.queue.type'), key: 'type', render: (_, row) => t(`types.${row.type}`) },
          { title: t('console.queue.status'), key: 'status', render: (_, row) => <CaseStatusTag status={row.status} /> },
          {
            title: t('console.queue.requested'),
            key: 'requested',
            align: 'right',
            render: (_, row) => (row.requestedAmountFen == null ? '—' : `¥${fenToYuan(row.requestedAmountFen)}`),
          },
          {
            title: t('console.queue.submitted'),
            key: 'submitted',
            render: (_, row) => (row.submittedAt ? formatDateTime(row.submittedAt) : '—'),
          },
          {
            title: t('console.queue.due'),
            key: 'due',
            render: (_, row) =>
              row.dueAt ? (
                <span>
                  {formatDate(row.dueAt)}
                  {row.overdue && (
                    <Tag color="error" style={{ marginLeft: 8 }}>
                      {t('console.queue.overdue')}
                    </Tag>
                  )}
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <KeysetPager pageInfo={queue.data?.pageInfo} />
      <Modal
        open={results !== null}
        title={t('console.queue.results')}
        onOk={() => setResults(null)}
        onCancel={() => setResults(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <ul>
          {(results ?? []).map((result) => (
            <li key={result.id}>
              {result.name}：{result.ok ? t('console.queue.ok') : `${t('console.queue.failed')}（${result.message}）`}
            </li>
          ))}
        </ul>
      </Modal>
    </section>
  );
}
