import { Alert, Button, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { PrintButton } from '../print-button';

const NOTICES = graphql(`
  query ConsoleNotices($unitId: ID!) {
    unit(id: $unitId) {
      id
      name
    }
    publicNotices(unitId: $unitId) {
      caseId
      caseNumber
      maskedName
      type
      amountFen
      noticeEndsAt
      objectionOpen
    }
  }
`);

/** The public notice (公示) as it is posted at the station: names masked, printable on A4. */
export function NoticesPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['notices', unitId], queryFn: () => execute(NOTICES, { unitId }) });
  return (
    <section aria-labelledby="notices-title" className="notice-sheet">
      <Typography.Title level={2} id="notices-title" style={{ fontSize: 22, textAlign: 'center' }}>
        {query.data?.unit?.name} · {t('console.notices.title')}
      </Typography.Title>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button onClick={() => window.print()}>{t('console.dashboard.print')}</Button>
        <PrintButton kind="NOTICE" id={unitId} filename={`公示表-${query.data?.unit?.name ?? unitId}`} />
      </Space>
      {query.isError && <Alert type="error" title={query.error.message} />}
      <Table
        rowKey="caseId"
        size="middle"
        bordered
        pagination={false}
        loading={query.isPending}
        dataSource={query.data?.publicNotices ?? []}
        locale={{ emptyText: t('console.notices.none') }}
        columns={[
          { title: t('console.queue.caseNumber'), key: 'number', render: (_, notice) => notice.caseNumber ?? '—' },
          { title: t('console.queue.applicant'), dataIndex: 'maskedName' },
          { title: t('console.queue.type'), key: 'type', render: (_, notice) => t(`types.${notice.type}`) },
          { title: t('console.case.approved'), key: 'amount', align: 'right', render: (_, notice) => `¥${fenToYuan(notice.amountFen)}` },
          { title: t('console.case.noticeEnds'), key: 'ends', render: (_, notice) => formatDateTime(notice.noticeEndsAt) },
        ]}
      />
      <p style={{ marginTop: 16 }}>{t('console.notices.footer', { date: formatDate(new Date().toISOString()) })}</p>
    </section>
  );
}
