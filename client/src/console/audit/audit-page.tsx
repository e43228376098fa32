import { Alert, Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { updateSearch, useSearch } from '../../lib/router';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { KeysetPager } from '../keyset-pager';
import { AUDIT_LOG } from './api';

const PAGE_SIZE = 50;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Where the words for a coded value stand, by the field it is in. */
const ENUM_WORDS: Record<string, string> = {
  type: 'types',
  category: 'categories',
  causes: 'causes',
  source: 'console.funds.sources',
  channel: 'console.desk.channels',
  role: 'console.admin.roleNames',
  slot: 'evidence.slots',
};

/**
 * A snapshot as one line of named values for the change column (snapshots never hold secrets): money in yuan,
 * statuses and times in words, the field names in the reader's language.
 */
function describe(t: TFunction, snapshot: object | null | undefined): string {
  if (!snapshot) return '';
  const valueOf = (key: string, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'boolean') return t(value ? 'console.audit.yes' : 'console.audit.no');
    if (key.endsWith('Fen') && typeof value === 'number') return `¥${fenToYuan(value)}`;
    if (Array.isArray(value)) return value.map((item) => valueOf(key, item)).join('、');
    if (typeof value !== 'string') return typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (ISO_TIME.test(value)) return formatDateTime(value);
    // a case's and a file's status share the key
    if (key === 'status') return t(`statuses.${value}`, { defaultValue: t(`fileStatuses.${value}`, { defaultValue: value }) });
    return ENUM_WORDS[key] ? t(`${ENUM_WORDS[key]}.${value}`, { defaultValue: value }) : value;
  };
  return Object.entries(snapshot)
    .map(([key, value]) => `${t(`console.audit.keys.${key}`, { defaultValue: key })}：${valueOf(key, value)}`)
    .join('；');
}

/** The step in words: a case's steps read as on its timeline, the rest from the audit's own list, else the code. */
const actionLabel = (t: TFunction, action: string): string =>
  t(`console.audit.actions.${action}`, {
    defaultValue: action.startsWith('case.') ? t(`events.${action.slice('case.'.length)}`, { defaultValue: action }) : action,
  });

/**
 * The audit log of the unit's subtree, newest first (domain.md §8: who, which unit, when, what, before and after),
 * for auditors and the staff and unions who read the unit's records. A name or a record narrows it to that person or
 * record; the filters and the page are in the URL.
 */
export function AuditPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const variables = {
    unitId,
    entityId: search.get('entity'),
    entityType: search.get('kind'),
    actorId: search.get('actor'),
    first: PAGE_SIZE,
    after: search.get('after'),
  };
  const log = useQuery({ queryKey: ['auditLog', variables], queryFn: () => execute(AUDIT_LOG, variables).then((data) => data.auditLog) });
  const rows = log.data?.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(variables.entityId || variables.actorId);

  return (
    <section aria-labelledby="audit-title">
      <Typography.Title level={2} id="audit-title" style={{ fontSize: 22 }}>
        {t('console.audit.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('console.audit.entityFilter')}
          placeholder={t('console.audit.entityFilter')}
          style={{ width: 340 }}
          allowClear
          defaultValue={variables.entityId ?? ''}
          onSearch={(value) => updateSearch({ entity: value.trim() || null, kind: null, after: null })}
        />
        {variables.actorId && (
          <Tag closable onClose={() => updateSearch({ actor: null, after: null })}>
            {t('console.audit.byActor', { name: rows[0]?.actorName ?? variables.actorId })}
          </Tag>
        )}
        {filtered && (
          <Button onClick={() => updateSearch({ entity: null, kind: null, actor: null, after: null })}>{t('console.audit.clear')}</Button>
        )}
        <span>{t('console.audit.total', { count: log.data?.totalCount ?? 0 })}</span>
      </Space>
      {log.isError && <Alert type="error" title={log.error.message} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={log.isPending}
        dataSource={rows}
        columns={[
          { title: t('console.audit.time'), key: 'time', width: 150, render: (_, row) => formatDateTime(row.occurredAt) },
          { title: t('console.audit.unit'), key: 'unit', width: 260, render: (_, row) => row.unit.name },
          {
            title: t('console.audit.actor'),
            key: 'actor',
            render: (_, row) =>
              row.actorId ? (
                <Button type="link" size="small" onClick={() => updateSearch({ actor: row.actorId, after: null })}>
                  {row.actorName}
                </Button>
              ) : (
                t('console.audit.system')
              ),
          },
          {
            title: t('console.audit.action'),
            key: 'action',
            width: 150,
            render: (_, row) => <span title={row.action}>{actionLabel(t, row.action)}</span>,
          },
          {
            title: t('console.audit.entity'),
            key: 'entity',
            render: (_, row) =>
              row.entityId ? (
                <Button
                  type="link"
                  size="small"
                  onClick={() => updateSearch({ entity: row.entityId, kind: row.entityType, after: null })}
                >{`${t(`console.audit.entities.${row.entityType}`, { defaultValue: row.entityType })} ${row.entityLabel ?? row.entityId}`}</Button>
              ) : (
                t(`console.audit.entities.${row.entityType}`, { defaultValue: row.entityType })
              ),
          },
          {
            title: t('console.audit.change'),
            key: 'change',
            render: (_, row) => (
              <>
                {row.before && (
                  <div className="muted">
                    {t('console.audit.before')}：{describe(t, row.before)}
                  </div>
                )}
                {row.after && (
                  <div>
                    {t('console.audit.after')}：{describe(t, row.after)}
                  </div>
                )}
              </>
            ),
          },
        ]}
      />
      <KeysetPager pageInfo={log.data?.pageInfo} />
    </section>
  );
}
