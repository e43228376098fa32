import { Button, Form, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { Link } from '../../lib/router';
import { FormDialog } from '../campaigns/form-dialog';
import type { ConsoleExternalMatchFragment, ExternalMatchResolution } from '../gql/graphql';
import { RESOLVE_EXTERNAL_MATCH } from './api';

const RESOLUTIONS: ExternalMatchResolution[] = ['COUNTED_IN_INCOME', 'NOT_DUPLICATE', 'REFERRED'];

/**
 * People of open files found on another scheme's roll, and what staff say each is: counted in the household's
 * income, not a duplicate, or referred for review (with a note).
 */
export function ExternalMatchesTable({
  matches,
  onResolved,
  showFile,
  canResolve,
}: {
  matches: ConsoleExternalMatchFragment[];
  onResolved: () => Promise<unknown>;
  showFile: boolean;
  /** Whether the signed-in person resolves this match: staff of the file's unit. */
  canResolve: (match: ConsoleExternalMatchFragment) => boolean;
}) {
  const { t } = useTranslation();
  const [referring, setReferring] = useState<string | null>(null);
  const [form] = Form.useForm();
  const resolve = async (id: string, resolution: ExternalMatchResolution, note?: string) => {
    await execute(RESOLVE_EXTERNAL_MATCH, { id, resolution, note: note ?? null });
    await onResolved();
  };
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={matches}
        locale={{ emptyText: t('console.exchange.noMatches') }}
        columns={[
          ...(showFile
            ? [
                {
                  title: t('console.exchange.file'),
                  key: 'file',
                  render: (_: unknown, match: ConsoleExternalMatchFragment) => (
                    <Link to={`/console/files/${match.fileId}${location.search}`}>{match.filePersonName}</Link>
                  ),
                },
              ]
            : []),
          {
            title: t('console.exchange.onRoll'),
            key: 'person',
            render: (_, match) => `${match.personName}（${t(match.holder ? 'console.exchange.holder' : 'console.exchange.member')}）`,
          },
          {
            title: t('console.exchange.source'),
            key: 'source',
            render: (_, match) => `${match.source} · ${t(`console.exchange.kinds.${match.rollKind}`)}`,
          },
          { title: t('console.exchange.scheme'), dataIndex: 'scheme' },
          { title: t('console.exchange.amount'), key: 'amount', align: 'right', render: (_, match) => `¥${fenToYuan(match.amountFen)}` },
          { title: t('console.exchange.period'), dataIndex: 'period' },
          {
            title: t('console.exchange.resolution'),
            key: 'resolution',
            render: (_, match) =>
              match.resolution ? (
                <Space direction="vertical" size={0}>
                  <Tag>{t(`console.exchange.resolutions.${match.resolution}`)}</Tag>
                  {match.note && <span>{match.note}</span>}
                  {match.resolvedAt && <span>{formatDate(match.resolvedAt)}</span>}
                </Space>
              ) : canResolve(match) ? (
                <Space wrap>
                  {RESOLUTIONS.map((resolution) => (
                    <Button
                      key={resolution}
                      size="small"
                      onClick={() => (resolution === 'REFERRED' ? setReferring(match.id) : void resolve(match.id, resolution))}
                    >
                      {t(`console.exchange.resolutions.${resolution}`)}
                    </Button>
                  ))}
                </Space>
              ) : (
                <Tag color="orange">{t('console.exchange.open')}</Tag>
              ),
          },
        ]}
      />
      <FormDialog
        open={referring !== null}
        title={t('console.exchange.resolutions.REFERRED')}
        onClose={() => setReferring(null)}
        onSubmit={async () => {
          const { note } = await form.validateFields();
          await resolve(referring!, 'REFERRED', note);
          setReferring(null);
        }}
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="note" label={t('console.exchange.referralNote')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </FormDialog>
    </>
  );
}
