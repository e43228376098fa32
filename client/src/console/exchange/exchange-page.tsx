import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTING_ROLES, HEAD_ROLES } from '@bangfu/shared/enums';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { ExportButton } from '../export-button';
import { jobFinished, putFile } from '../file-jobs';
import { FileTabs } from '../files/file-tabs';
import type { ExternalRollKind } from '../gql/graphql';
import { useRolesOn } from '../use-console';
import { EXCHANGE_PAGE, EXPORT_EXCHANGE, IMPORT_EXTERNAL_ROLL } from './api';
import { ExternalMatchesTable } from './external-matches';

const KINDS: ExternalRollKind[] = ['CIVIL_AFFAIRS_DIBAO', 'CIVIL_AFFAIRS_TEKUN', 'OTHER_UNION', 'CHARITY', 'OTHER'];

/**
 * 数据对接: the export of the unit's subtree for the upper system, and rolls from other schemes (civil affairs 低保/特困,
 * other unions, charities) matched against the open files, with the matches staff resolve.
 */
export function ExchangePage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const roles = useRolesOn(unitId);
  const head = roles.some((role) => HEAD_ROLES.includes(role));
  const acting = roles.some((role) => ACTING_ROLES.includes(role));
  const page = useQuery({ queryKey: ['exchange', unitId], queryFn: () => execute(EXCHANGE_PAGE, { unitId }) });
  const [since, setSince] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ kind: ExternalRollKind; source: string }>();
  const importRoll = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      const { kind, source } = await form.validateFields();
      const query = `kind=${kind}&source=${encodeURIComponent(source)}&name=${encodeURIComponent(file.name)}`;
      const rollId = await putFile(`/uploads/external-rolls/${unitId}?${query}`, file, 'rollId');
      await jobFinished((await execute(IMPORT_EXTERNAL_ROLL, { rollId })).importExternalRoll.id);
      await page.refetch();
    } catch (caught) {
      if (caught && typeof caught === 'object' && 'errorFields' in caught) return;
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="exchange-title">
      <FileTabs active="exchange" />
      <Typography.Title level={2} id="exchange-title" style={{ fontSize: 22 }}>
        {t('console.exchange.title')}
      </Typography.Title>
      {head && (
        <Card title={t('console.exchange.exportTitle')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph>{t('console.exchange.exportIntro')}</Typography.Paragraph>
          <Space wrap>
            <DatePicker
              showTime
              allowClear
              value={since}
              onChange={setSince}
              placeholder={t('console.exchange.sinceLast')}
              aria-label={t('console.exchange.since')}
            />
            <ExportButton
              label={t('console.exchange.export')}
              filename={`对接-${unitId}.zip`}
              start={() =>
                execute(EXPORT_EXCHANGE, { unitId, since: since?.toISOString() ?? null }).then((result) => result.exportExchange)
              }
            />
          </Space>
        </Card>
      )}
      <Card title={t('console.exchange.rollsTitle')} style={{ marginBottom: 16 }} data-testid="external-rolls">
        <Typography.Paragraph>{t('console.exchange.rollsIntro')}</Typography.Paragraph>
        {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
        {acting && (
          <Form form={form} layout="inline" initialValues={{ kind: 'CIVIL_AFFAIRS_DIBAO' }} style={{ marginBottom: 16, rowGap: 8 }}>
            <Form.Item name="kind" label={t('console.exchange.kind')} rules={[{ required: true }]}>
              <Select style={{ width: 180 }} options={KINDS.map((kind) => ({ value: kind, label: t(`console.exchange.kinds.${kind}`) }))} />
            </Form.Item>
            <Form.Item name="source" label={t('console.exchange.source')} rules={[{ required: true, min: 2, max: 100 }]}>
              <Input style={{ width: 200 }} placeholder={t('console.exchange.sourcePlaceholder')} />
            </Form.Item>
            <Form.Item>
              <Upload
                accept=".csv,.xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  void importRoll(file);
                  return false;
                }}
              >
                <Button type="primary" loading={busy}>
                  {t('console.exchange.upload')}
                </Button>
              </Upload>
            </Form.Item>
          </Form>
        )}
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={page.data?.externalRolls ?? []}
          locale={{ emptyText: t('console.exchange.noRolls') }}
          expandable={{
            rowExpandable: (roll) => roll.refused.length > 0,
            expandedRowRender: (roll) => (
              <ul style={{ margin: 0 }}>
                {roll.refused.map((line) => (
                  <li key={line.row}>
                    {t('console.exchange.refusedLine', { row: line.row, reason: t(`console.exchange.refusals.${line.reason}`) })}
                    {line.detail ? `（${line.detail}）` : ''}
                  </li>
                ))}
              </ul>
            ),
          }}
          columns={[
            { title: t('console.exchange.uploadedAt'), key: 'at', render: (_, roll) => formatDateTime(roll.uploadedAt) },
            {
              title: t('console.exchange.source'),
              key: 'source',
              render: (_, roll) => `${roll.sourceName} · ${t(`console.exchange.kinds.${roll.kind}`)}`,
            },
            { title: t('console.exchange.fileName'), dataIndex: 'fileName' },
            {
              title: t('console.exchange.lines'),
              key: 'lines',
              render: (_, roll) =>
                t('console.exchange.lineCounts', { read: roll.linesRead, kept: roll.linesKept, refused: roll.refused.length }),
            },
            {
              title: t('console.exchange.found'),
              key: 'matches',
              render: (_, roll) => (roll.status === 'IMPORTED' ? <Tag color={roll.matches ? 'orange' : 'green'}>{roll.matches}</Tag> : '—'),
            },
          ]}
        />
      </Card>
      <Card title={t('console.exchange.matchesTitle')} data-testid="external-matches">
        <ExternalMatchesTable
          matches={page.data?.externalMatches ?? []}
          onResolved={() => page.refetch()}
          showFile
          canResolve={(match) => acting && match.fileUnitId === unitId}
        />
      </Card>
    </section>
  );
}
