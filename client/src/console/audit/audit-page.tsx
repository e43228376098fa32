import { Alert, Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateSearch, useSearch } from '../../lib/router';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { KeysetPager } from '../keyset-pager';
import { AUDIT_LOG } from './api';

const PAGE_SIZE = 50;

/** A snapshot as one line of `key: value` pairs, for the change column (snapshots never hold secrets). */
const describe = (snapshot: object | null | undefined): string =>
  snapshot
    ? Object.entries(snapshot)
        .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
        .join('; ')
    : '';

/**
 * The audit log of the unit's subtree, newest first (domain.md §8: who, which unit, when, what, before and after),
 * for auditors and the staff and unions who read the unit's records. A name or a record narrows it to that person or
 * record; the filters and the page are in the URL.
 */
export function AuditPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const variables = { unitId, entityId: search.get('entity'), actorId: search.get('actor'), first: PAGE_SIZE, after: search.get('after') };
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
          onSearch={(value) => updateSearch({ entity: value.trim() || null, after: null })}
        />
        {variables.actorId && (
          <Tag closable onClose={() => updateSearch({ actor: null, after: null })}>
            {t('console.audit.byActor', { name: rows[0]?.actorName ?? variables.actorId })}
          </Tag>
        )}
        {filtered && <Button onClick={() => updateSearch({ entity: null, actor: null, after: null })}>{t('console.audit.clear')}</Button>}
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
          { title: t('console.audit.action'), key: 'action', render: (_, row) => <code>{row.action}</code> },
          {
            title: t('console.audit.entity'),
            key: 'entity',
            render: (_, row) =>
              row.entityId ? (
                <Button
                  type="link"
                  size="small"
                  onClick={() => updateSearch({ entity: row.entityId, after: null })}
                >{`${row.entityType} ${row.entityId}`}</Button>
              ) : (
                row.entityType
              ),
          },
          {
            title: t('console.audit.change'),
            key: 'change',
            render: (_, row) => (
              <>
                {row.before && (
                  <div className="muted">
                    {t('console.audit.before')}: {describe(row.before)}
                  </div>
                )}
                {row.after && (
                  <div>
                    {t('console.audit.after')}: {describe(row.after)}
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
