import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, navigate } from '../../lib/router';
import { formatDate, formatDateTime } from '../../lib/dates';
import { execute, fetchAuthorized } from '../../lib/graphql';
import { fenToYuan } from '../../lib/money';
import { CaseStatusTag } from '../case-status-tag';
import { ActionForm } from './action-form';
import { LinkFileModal } from './link-file-modal';
import { CASE_ACTIONS, STAFF_CASE, type ConsoleAction } from './api';
import { PrintButton } from '../print-button';

const yuan = (fen: number | null | undefined) => (fen == null ? '—' : `¥${fenToYuan(fen)}`);

/** Evidence is served only with the bearer token, so it opens as a blob in a new tab. */
async function openDocument(url: string): Promise<void> {
  window.open(URL.createObjectURL(await fetchAuthorized(url)), '_blank', 'noopener');
}

/** A case as staff work it: the facts, the household, the evidence, the history, and exactly the actions allowed now. */
export function CaseWorkPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['staffCase', id], queryFn: () => execute(STAFF_CASE, { id }).then((data) => data.case) });
  const [open, setOpen] = useState<ConsoleAction | null>(null);
  const [linking, setLinking] = useState(false);
  const aidCase = query.data;
  if (query.isError) return <Alert type="error" title={query.error.message} />;
  if (!aidCase) return <Card loading />;

  const actions = aidCase.allowedActions.filter((action): action is ConsoleAction => action in CASE_ACTIONS);
  const amending = aidCase.status === 'PROPOSED';
  const file = aidCase.file;
  return (
    <article aria-labelledby="case-title">
      <Space style={{ marginBottom: 16 }} wrap>
        <Button onClick={() => history.back()}>{t('app.back')}</Button>
        <Typography.Title level={2} id="case-title" style={{ margin: 0, fontSize: 22 }}>
          {aidCase.caseNumber ?? aidCase.reference} · {aidCase.applicantName} · {t(`types.${aidCase.type}`)}
        </Typography.Title>
        <CaseStatusTag status={aidCase.status} testId="case-status" />
        {aidCase.overdue && <Tag color="error">{t('console.queue.overdue')}</Tag>}
        <PrintButton kind="APPROVAL_FORM" id={aidCase.id} filename={`审批表-${aidCase.caseNumber ?? aidCase.reference}`} />
      </Space>
      {aidCase.externalMatches.some((match) => !match.resolution) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="case-external-matches"
          title={t('console.exchange.caseWarning')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {aidCase.externalMatches
                .filter((match) => !match.resolution)
                .map((match) => (
                  <li key={match.id}>
                    {t('console.exchange.caseLine', {
                      name: match.personName,
                      source: match.source,
                      scheme: match.scheme,
                      amount: fenToYuan(match.amountFen),
                      period: match.period,
                    })}{' '}
                    <Link to={`/console/files/${match.fileId}${location.search}`}>{t('console.exchange.toFile')}</Link>
                  </li>
                ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col span={16}>
          <Card title={aidCase.title} style={{ marginBottom: 16 }}>
            <Descriptions
              column={2}
              size="small"
              items={[
                { key: 'holder', label: t('console.case.holder'), children: aidCase.holder.name },
                {
                  key: 'phone',
                  label: t('console.case.applicantPhone'),
                  children: aidCase.applicantPhone ? (
                    <a href={`tel:${aidCase.applicantPhone}`} data-testid="applicant-phone">
                      {aidCase.applicantPhone}
                    </a>
                  ) : (
                    '—'
                  ),
                },
                { key: 'origin', label: t('console.case.origin'), children: aidCase.originUnit.name },
                { key: 'due', label: t('console.case.due'), children: aidCase.dueAt ? formatDate(aidCase.dueAt) : '—' },
                { key: 'requested', label: t('console.case.requested'), children: yuan(aidCase.requestedAmountFen) },
                { key: 'proposed', label: t('console.case.proposed'), children: yuan(aidCase.proposedAmountFen) },
                {
                  key: 'approved',
                  label: t('console.case.approved'),
                  children: <span data-testid="approved-amount">{yuan(aidCase.approvedAmountFen)}</span>,
                },
                ...(aidCase.householdAidThisYear
                  ? [
                      {
                        key: 'household-aid',
                        label: t('console.case.householdAid', { type: t(`types.${aidCase.type}`) }),
                        children: (
                          <span data-testid="household-aid">
                            {t('console.case.householdAidOfCap', {
                              used: yuan(aidCase.householdAidThisYear.usedFen),
                              cap: yuan(aidCase.householdAidThisYear.capFen),
                            })}
                          </span>
                        ),
                      },
                    ]
                  : []),
                ...(aidCase.noticeEndsAt
                  ? [{ key: 'notice', label: t('console.case.noticeEnds'), children: formatDateTime(aidCase.noticeEndsAt) }]
                  : []),
                ...(aidCase.servicePlan ? [{ key: 'plan', label: t('console.case.plan'), children: aidCase.servicePlan }] : []),
                ...(aidCase.missingItems.length
                  ? [{ key: 'missing', label: t('console.case.missing'), children: aidCase.missingItems.join('、') }]
                  : []),
              ]}
            />
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }}>
              <strong>{t('console.case.description')}：</strong>
              {aidCase.description}
            </Typography.Paragraph>
            {aidCase.answers && (
              <Descriptions
                title={t('console.case.answers')}
                column={3}
                size="small"
                items={[
                  {
                    key: 'causes',
                    label: t('file.causes'),
                    children: aidCase.answers.causes.map((cause) => t(`causes.${cause}`)).join('、') || '—',
                  },
                  {
                    key: 'size',
                    label: t('console.case.householdSize'),
                    children: aidCase.answers.householdSize ? t('console.case.persons', { count: aidCase.answers.householdSize }) : '—',
                  },
                  {
                    key: 'income',
                    label: t('console.case.householdIncome'),
                    children: aidCase.answers.incomeMasked ? t('console.case.masked') : yuan(aidCase.answers.monthlyIncomeFen),
                  },
                ]}
              />
            )}
          </Card>
          <Card title={t('console.case.household')} style={{ marginBottom: 16 }}>
            {file ? (
              <>
                <Descriptions
                  column={2}
                  size="small"
                  items={[
                    { key: 'name', label: t('console.case.file'), children: file.personName },
                    { key: 'status', label: t('console.case.status'), children: t(`fileStatuses.${file.status}`) },
                    { key: 'id', label: t('console.case.idNumber'), children: file.idNumberMasked },
                    { key: 'category', label: t('file.category'), children: t(`categories.${file.category}`) },
                    { key: 'causes', label: t('file.causes'), children: file.causes.map((cause) => t(`causes.${cause}`)).join('、') },
                    { key: 'perCapita', label: t('console.case.perCapita'), children: yuan(file.household.perCapitaIncomeFen) },
                  ]}
                />
                <Table
                  size="small"
                  rowKey="name"
                  pagination={false}
                  style={{ marginTop: 12 }}
                  dataSource={file.household.members}
                  columns={[
                    { title: t('auth.name'), dataIndex: 'name' },
                    { title: t('console.case.relation'), dataIndex: 'relation' },
                    { title: t('console.case.idNumber'), dataIndex: 'idNumberMasked', render: (value) => value ?? '—' },
                    {
                      title: t('console.case.monthlyIncome'),
                      key: 'income',
                      align: 'right',
                      render: (_, member) => yuan(member.monthlyIncomeFen),
                    },
                  ]}
                />
              </>
            ) : (
              <Empty description={t('console.case.noFile')}>
                {aidCase.allowedActions.includes('linkFile') && (
                  <Space>
                    <Button type="primary" onClick={() => navigate(`/console/files/new?fromCase=${aidCase.id}`)}>
                      {t('console.case.openFile')}
                    </Button>
                    <Button onClick={() => setLinking(true)}>{t('console.case.linkFile')}</Button>
                  </Space>
                )}
              </Empty>
            )}
          </Card>
          {aidCase.visits.length > 0 && (
            <Card title={t('console.case.visits')} style={{ marginBottom: 16 }}>
              {aidCase.visits.map((visit) => (
                <p key={visit.id}>
                  {formatDate(visit.visitedAt)} · {visit.householdVerified ? t('console.fields.householdVerified') : ''} · {visit.findings}
                </p>
              ))}
            </Card>
          )}
          <Card title={t('console.case.evidence')}>
            {aidCase.documents.length === 0 ? (
              <Empty />
            ) : (
              <ul>
                {aidCase.documents.map((document) => (
                  <li key={document.id}>
                    {t(`evidence.slots.${document.slot}`)} · {formatDateTime(document.createdAt)} ·{' '}
                    <Button type="link" onClick={() => void openDocument(document.url)}>
                      {t('console.case.open')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card title={t('console.case.actions')} style={{ marginBottom: 16 }}>
            {aidCase.approvalHint && (
              <Alert type="warning" showIcon title={aidCase.approvalHint} style={{ marginBottom: 12 }} data-testid="approval-hint" />
            )}
            {actions.length === 0 ? (
              <Typography.Text type="secondary">{t('console.case.noActions')}</Typography.Text>
            ) : (
              <Space wrap>
                {actions.map((action) => (
                  <Button
                    key={action}
                    type={['accept', 'approve', 'disburse'].includes(action) || (action === 'propose' && !amending) ? 'primary' : 'default'}
                    danger={action === 'reject'}
                    onClick={() => setOpen(action)}
                  >
                    {t(action === 'propose' && amending ? 'console.actions.amend' : `console.actions.${action}`)}
                  </Button>
                ))}
              </Space>
            )}
          </Card>
          <Card title={t('console.case.timeline')}>
            <Timeline
              items={aidCase.events.map((event) => ({
                key: event.id,
                content: (
                  <>
                    <strong>{t(`events.${event.action}`, { defaultValue: event.action })}</strong>
                    <div>
                      {formatDateTime(event.occurredAt)} ·{' '}
                      {event.actorName ?? t(`case.actors.${event.actorRole ?? 'SYSTEM'}`, { defaultValue: event.actorRole ?? '' })}
                      {event.actorName && event.actorRole
                        ? `（${t(`console.admin.roleNames.${event.actorRole}`, { defaultValue: event.actorRole })}）`
                        : ''}{' '}
                      · {event.unit.name}
                    </div>
                    {event.comment && <div>{event.comment}</div>}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      {linking && (
        <LinkFileModal
          caseId={aidCase.id}
          unitId={aidCase.holder.id}
          onClose={() => setLinking(false)}
          onLinked={() => {
            setLinking(false);
            void queryClient.invalidateQueries({ queryKey: ['staffCase', id] });
          }}
        />
      )}
      {open && (
        <ActionForm
          action={open}
          caseId={aidCase.id}
          type={aidCase.type}
          holderId={aidCase.holder.id}
          amending={open === 'propose' && amending}
          approvalLimitFen={aidCase.approvalLimitFen ?? null}
          payee={aidCase.file?.payeeAccount ?? null}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            void queryClient.invalidateQueries({ queryKey: ['staffCase', id] });
            void queryClient.invalidateQueries({ queryKey: ['queue'] });
          }}
        />
      )}
      <Button type="link" onClick={() => navigate('/console/queue')} style={{ marginTop: 16 }}>
        {t('console.nav.queue')}
      </Button>
    </article>
  );
}
