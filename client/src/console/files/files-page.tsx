import { Alert, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FILE_STATUSES, HARDSHIP_CATEGORIES, type FileStatus, type HardshipCategory } from '@bangfu/shared/enums';
import { navigate, updateSearch, useSearch } from '../../lib/router';
import { formatDate } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { KeysetPager } from '../keyset-pager';
import { FILES } from './api';
import { FileTabs } from './file-tabs';

/** Hardship files of the unit's subtree; ID numbers masked, filters in the URL. */
export function FilesPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const variables = {
    unitId,
    status: (search.get('status') as FileStatus | null) ?? null,
    category: (search.get('category') as HardshipCategory | null) ?? null,
    search: search.get('q') || null,
    first: 20,
    after: search.get('after'),
  };
  const files = useQuery({ queryKey: ['files', variables], queryFn: () => execute(FILES, variables).then((data) => data.hardshipFiles) });
  const open = (id: string) => navigate(`/console/files/${id}?unit=${unitId}`);
  return (
    <section aria-labelledby="files-title">
      <FileTabs active="files" />
      <Typography.Title level={2} id="files-title" style={{ fontSize: 22 }}>
        {t('console.files.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t('console.queue.status')}
          placeholder={t('console.queue.status')}
          style={{ minWidth: 160 }}
          value={variables.status}
          onChange={(value) => updateSearch({ status: value, after: null }, { replace: true })}
          options={FILE_STATUSES.map((status) => ({ value: status, label: t(`fileStatuses.${status}`) }))}
        />
        <Select
          allowClear
          aria-label={t('file.category')}
          placeholder={t('file.category')}
          style={{ minWidth: 160 }}
          value={variables.category}
          onChange={(value) => updateSearch({ category: value, after: null }, { replace: true })}
          options={HARDSHIP_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
        />
        <Input.Search
          aria-label={t('console.files.search')}
          placeholder={t('console.files.search')}
          defaultValue={variables.search ?? ''}
          allowClear
          style={{ width: 280 }}
          onSearch={(value) => updateSearch({ q: value, after: null }, { replace: true })}
        />
        <Button type="primary" onClick={() => navigate(`/console/files/new${location.search}`)}>
          {t('console.files.create')}
        </Button>
        <Button onClick={() => navigate(`/console/files/identity${location.search}`)}>{t('console.identity.open')}</Button>
        <span>{t('console.queue.total', { count: files.data?.totalCount ?? 0 })}</span>
      </Space>
      {files.isError && <Alert type="error" title={files.error.message} />}
      <Table
        rowKey="id"
        size="middle"
        loading={files.isPending}
        pagination={false}
        dataSource={files.data?.edges.map((edge) => edge.node) ?? []}
        onRow={(file) => ({ onDoubleClick: () => open(file.id) })}
        columns={[
          {
            title: t('auth.name'),
            key: 'name',
            render: (_, file) => (
              <a
                href={`/console/files/${file.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  open(file.id);
                }}
              >
                {file.personName}
              </a>
            ),
          },
          { title: t('console.case.idNumber'), dataIndex: 'idNumberMasked' },
          { title: t('file.category'), key: 'category', render: (_, file) => t(`categories.${file.category}`) },
          { title: t('file.causes'), key: 'causes', render: (_, file) => file.causes.map((cause) => t(`causes.${cause}`)).join('、') },
          { title: t('console.queue.status'), key: 'status', render: (_, file) => <Tag>{t(`fileStatuses.${file.status}`)}</Tag> },
          { title: t('file.unit'), key: 'unit', render: (_, file) => file.unit.name },
          { title: t('console.files.updated'), key: 'updated', render: (_, file) => formatDate(file.updatedAt) },
        ]}
      />
      <KeysetPager pageInfo={files.data?.pageInfo} />
    </section>
  );
}
