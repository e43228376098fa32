import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTING_ROLES, type CancelReason } from '@bangfu/shared/enums';
import { navigate } from '../../lib/router';
import { formatDate, formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { CancelFileModal } from '../cancel-file-modal';
import { PayeeAccountCard } from './payee-account-card';
import { RevealReasonModal } from './reveal-reason-modal';
import { CANCEL_FILE, FILE, REVEAL_ID, REVIEW_FILE } from './api';
import { ReviewFileModal, type FileReview } from './review-file-modal';
import { PrintButton } from '../print-button';
import { ExternalMatchesTable } from '../exchange/external-matches';
import { useRolesOn } from '../use-console';

const yuan = (fen: number | null | undefined) => (fen == null ? '—' : `¥${fenToYuan(fen)}`);

/** One file: masked by default, a reveal that tells the user it is logged, the household, the history, cancellation. */
export function FilePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['file', id], queryFn: () => execute(FILE, { id }).then((data) => data.hardshipFile) });
  const [revealed, setRevealed] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const file = query.data;
  // staff of the file's unit resolve its matches with other schemes
  const acting = useRolesOn(file?.unit.id ?? '').some((role) => ACTING_ROLES.includes(role));
  if (query.isError) return <Alert type="error" title={query.error.message} />;
  if (!file) return <Card loading />;

  const reveal = async (reason: string) => {
    setAsking(false);
    try {
      setRevealed((await execute(REVEAL_ID, { fileId: id, reason })).revealIdNumber);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const cancel = async (reason: CancelReason, note: string | null) => {
    try {
      await execute(CANCEL_FILE, { id, reason, note });
      setCancelling(false);
      await queryClient.invalidateQueries({ queryKey: ['file', id] });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  const review = async ({ outcome, visit, cancelReason }: FileReview) => {
    try {
      await execute(REVIEW_FILE, { id, outcome, visit, cancelReason });
      setReviewing(false);
      setError(null);
      void message.success(t('console.files.review.done'));
      await queryClient.invalidateQueries({ queryKey: ['file', id] });
    } catch (caught) {
      setReviewing(false);
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <article aria-labelledby="file-title">
      <Space style={{ marginBottom: 16 }} wrap>
        <Button onClick={() => history.back()}>{t('app.back')}</Button>
        <Typography.Title level={2} id="file-title" style={{ margin: 0, fontSize: 22 }}>
          {file.personName}
        </Typography.Title>
        <Tag data-testid="file-status">{t(`fileStatuses.${file.status}`)}</Tag>
        <Tag color={file.identityVerifiedAt ? 'green' : 'red'}>
          {t(file.identityVerifiedAt ? 'console.identity.fileVerified' : 'console.identity.fileNotVerified')}
        </Tag>
        {file.status !== 'CANCELLED' && (
          <>
            <Button type={file.status === 'ACTIVE' ? 'default' : 'primary'} onClick={() => setReviewing(true)}>
              {t('console.files.review.action')}
            </Button>
            <Button onClick={() => navigate(`/console/files/${id}/edit${location.search}`)}>{t('console.files.edit')}</Button>
            <Button danger onClick={() => setCancelling(true)}>
              {t('console.files.cancel')}
            </Button>
          </>
        )}
        <PrintButton kind="FILE_CARD" id={file.id} filename={`档案卡-${file.personName}`} />
      </Space>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      {(file.status === 'SUSPENDED' || file.status === 'REVIEW_OVERDUE') && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(file.status === 'SUSPENDED' ? 'console.files.review.suspended' : 'console.files.review.overdue')}
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={3}
          size="small"
          items={[
            {
              key: 'id',
              label: t('console.case.idNumber'),
              children: (
                <Space>
                  <span data-testid="id-number">{revealed ?? file.idNumberMasked}</span>
                  {!revealed && (
                    <Button size="small" onClick={() => setAsking(true)}>
                      {t('console.files.reveal')}
                    </Button>
                  )}
                </Space>
              ),
            },
            { key: 'birth', label: t('console.files.birthDate'), children: file.birthDate },
            { key: 'phone', label: t('auth.phone'), children: file.phone ?? '—' },
            { key: 'category', label: t('file.category'), children: t(`categories.${file.category}`) },
            { key: 'causes', label: t('file.causes'), children: file.causes.map((cause) => t(`causes.${cause}`)).join('、') },
            { key: 'unit', label: t('file.unit'), children: file.unit.name },
            { key: 'employer', label: t('console.files.employer'), children: file.employerName ?? '—' },
            { key: 'address', label: t('console.files.address'), children: file.address ?? '—' },
            { key: 'housing', label: t('console.files.housing'), children: file.household.housing ?? '—' },
            { key: 'perCapita', label: t('console.case.perCapita'), children: yuan(file.household.perCapitaIncomeFen) },
            { key: 'dibao', label: t('console.files.minimumLiving'), children: yuan(file.household.minimumLivingStandardFen) },
            { key: 'reviewed', label: t('console.files.reviewedAt'), children: file.reviewedAt ? formatDate(file.reviewedAt) : '—' },
          ]}
        />
      </Card>
      <PayeeAccountCard
        fileId={id}
        account={file.payeeAccount ?? null}
        editable={file.status !== 'CANCELLED'}
        onSaved={() => queryClient.invalidateQueries({ queryKey: ['file', id] })}
      />
      {file.externalMatches.length > 0 && (
        <Card title={t('console.exchange.fileMatches')} style={{ marginBottom: 16 }} data-testid="file-external-matches">
          <ExternalMatchesTable
            matches={file.externalMatches}
            onResolved={() => queryClient.invalidateQueries({ queryKey: ['file', id] })}
            showFile={false}
            canResolve={() => acting}
          />
        </Card>
      )}
      <Card title={t('console.files.aidThisYear')} style={{ marginBottom: 16 }} data-testid="household-aid">
        <p className="muted" style={{ marginTop: 0 }}>
          {t('console.files.aidExplain')}
        </p>
        <Table
          size="small"
          rowKey="type"
          pagination={false}
          dataSource={file.householdAidThisYear}
          columns={[
            { title: t('console.files.aidType'), key: 'type', render: (_, row) => t(`types.${row.type}`) },
            { title: t('console.files.aidUsed'), key: 'used', align: 'right', render: (_, row) => yuan(row.usedFen) },
            { title: t('console.files.aidCap'), key: 'cap', align: 'right', render: (_, row) => yuan(row.capFen) },
            {
              title: t('console.files.aidLeft'),
              key: 'left',
              align: 'right',
              render: (_, row) => yuan(Math.max(0, row.capFen - row.usedFen)),
            },
          ]}
        />
      </Card>
      <Card title={t('console.case.household')} style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey={(member) => `${member.name}-${member.relation}`}
          pagination={false}
          dataSource={file.household.members}
          columns={[
            { title: t('auth.name'), dataIndex: 'name' },
            { title: t('console.case.relation'), dataIndex: 'relation' },
            { title: t('console.case.idNumber'), key: 'id', render: (_, member) => member.idNumberMasked ?? '—' },
            { title: t('console.files.health'), key: 'health', render: (_, member) => member.health ?? '—' },
            {
              title: t('console.files.schooling'),
              key: 'schooling',
              render: (_, member) => (member.schooling ? t(`schooling.${member.schooling}`) : '—'),
            },
            { title: t('console.case.monthlyIncome'), key: 'income', align: 'right', render: (_, member) => yuan(member.monthlyIncomeFen) },
          ]}
        />
      </Card>
      <Card title={t('console.case.timeline')}>
        <Timeline
          items={file.history.map((event) => ({
            key: event.id,
            content: (
              <>
                {formatDateTime(event.occurredAt)} · {t(`console.files.historyActions.${event.action}`, { defaultValue: event.action })}
                {event.toStatus ? ` → ${t(`fileStatuses.${event.toStatus}`)}` : ''}
                {event.reason ? ` · ${event.reason}` : ''}
                {event.note ? ` · ${event.note}` : ''}
              </>
            ),
          }))}
        />
      </Card>
      <ReviewFileModal open={reviewing} onCancel={() => setReviewing(false)} onConfirm={review} />
      <CancelFileModal open={cancelling} onCancel={() => setCancelling(false)} onConfirm={cancel} />
      <RevealReasonModal
        open={asking}
        title={t('console.files.revealTitle')}
        onCancel={() => setAsking(false)}
        onConfirm={(reason) => void reveal(reason)}
      />
    </article>
  );
}
