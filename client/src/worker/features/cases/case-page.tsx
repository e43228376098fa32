import { Button, Dialog, Rate, Steps, TextArea } from 'antd-mobile';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceSlotsFor, type EvidenceSlot } from '@bangfu/shared/enums';
import { Banner } from '../../components/banner';
import { EvidenceSlotCard, type SlotState } from '../../components/evidence-slot';
import { Field } from '../../components/field';
import { Page } from '../../components/page';
import { StatusTag } from '../../components/status-tag';
import { navigate } from '../../../lib/router';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { execute } from '../../../lib/graphql';
import { compressImage } from '../../../lib/image';
import { newClientId } from '../../../lib/ids';
import { fenToYuan } from '../../../lib/money';
import { uploadEvidence } from '../../../lib/upload';
import { CONFIRM_RECEIPT, RATE_CASE, RESUBMIT_CASE, WITHDRAW_CASE, WORKER_CASE } from './api';
import type { WorkerCaseQuery } from '../../gql/graphql';
import { ConfirmReceipt } from './confirm-receipt';

type Pending = { blob: Blob; uploadKey: string; state: SlotState };

/** 补件: photos for a returned case go straight up, each with progress and its own retry. */
function AddEvidence({
  caseId,
  type,
  onUploaded,
}: {
  caseId: string;
  type: Parameters<typeof evidenceSlotsFor>[0];
  onUploaded: () => void;
}) {
  const [slots, setSlots] = useState<Partial<Record<EvidenceSlot, Pending>>>({});
  const send = async (slot: EvidenceSlot, pending: Pending) => {
    const set = (state: SlotState) => setSlots((current) => ({ ...current, [slot]: { ...pending, state } }));
    set({ kind: 'uploading', percent: 0 });
    try {
      await uploadEvidence(caseId, pending.uploadKey, slot, pending.blob, (percent) => set({ kind: 'uploading', percent }));
      set({ kind: 'uploaded' });
      onUploaded();
    } catch (error) {
      set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      {evidenceSlotsFor(type).map((slot) => {
        const pending = slots[slot];
        return (
          <EvidenceSlotCard
            key={slot}
            slot={slot}
            preview={pending ? { key: pending.uploadKey, blob: () => pending.blob } : null}
            state={pending?.state ?? { kind: 'empty' }}
            onPick={async (file) =>
              void send(slot, { blob: await compressImage(file), uploadKey: newClientId(24), state: { kind: 'waiting' } })
            }
            onRetry={pending ? () => void send(slot, pending) : undefined}
          />
        );
      })}
    </>
  );
}

/** A case as the worker follows it: where it is, who holds it, the deadline, what to do now, and its history. */
type WorkerCaseView = NonNullable<WorkerCaseQuery['case']>;

/** Where a bank payment is (到账情况), in plain words: sent, arrived and to confirm, or failed and what to do. */
function BankPaymentLine({ aidCase }: { aidCase: WorkerCaseView }) {
  const { t } = useTranslation();
  const latest = aidCase.payments.filter((payment) => payment.arrival).at(-1);
  if (!latest || latest.receivedAt) return null;
  const lastFour = latest.accountNumberMasked?.slice(-4) ?? '';
  const amount = fenToYuan(latest.amountFen);
  if (latest.arrival === 'FAILED' && aidCase.status === 'READY_TO_PAY')
    return (
      <div data-testid="payment-line">
        <Banner tone="error">{t('case.paymentFailed', { reason: latest.bankMessage ?? '', holder: aidCase.holder.name })}</Banner>
      </div>
    );
  if (latest.arrival === 'IN_TRANSIT')
    return <p data-testid="payment-line">{t('case.paymentInTransit', { amount, lastFour, bank: latest.bankName ?? '' })}</p>;
  if (latest.arrival === 'ARRIVED') return <p data-testid="payment-line">{t('case.paymentArrived', { amount, lastFour })}</p>;
  return null;
}

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['case', id], queryFn: () => execute(WORKER_CASE, { id }).then((data) => data.case) });
  const [score, setScore] = useState(5);
  const [comment, setComment] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: ['case', id] }), queryClient.invalidateQueries({ queryKey: ['myCases'] })]);
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: refresh,
    onError: (error) => setActionError(error instanceof Error ? error.message : String(error)),
  });

  const aidCase = query.data;
  if (query.isPending)
    return (
      <Page title={t('case.title')} onBack={() => navigate('/')}>
        <p>{t('app.loading')}</p>
      </Page>
    );
  if (!aidCase) {
    return (
      <Page title={t('case.title')} onBack={() => navigate('/')}>
        <p role="alert">{query.error instanceof Error ? query.error.message : t('app.errorLoad')}</p>
        <Button onClick={() => void query.refetch()}>{t('app.retry')}</Button>
      </Page>
    );
  }

  const can = (action: string) => aidCase.allowedActions.includes(action as never);
  const withdraw = async () => {
    if (await Dialog.confirm({ content: t('case.withdrawConfirm'), confirmText: t('case.withdraw'), cancelText: t('app.cancel') })) {
      act.mutate(() => execute(WITHDRAW_CASE, { id }));
    }
  };

  return (
    <Page title={t('case.title')} onBack={() => navigate('/')}>
      <section className="case-head">
        <h2 className="case-title">{aidCase.title}</h2>
        <StatusTag status={aidCase.status} />
        <dl className="facts">
          {aidCase.caseNumber ? (
            <div>
              <dt>{t('case.caseNumber')}</dt>
              <dd data-testid="case-number">{aidCase.caseNumber}</dd>
            </div>
          ) : (
            <div>
              <dt>{t('case.reference')}</dt>
              <dd>{aidCase.reference}</dd>
            </div>
          )}
          <div>
            <dt>{t('case.holderLabel')}</dt>
            <dd>
              {aidCase.holder.name}（{t(`levels.${aidCase.holder.level}`)}）
            </dd>
          </div>
          {aidCase.dueAt && (
            <div>
              <dt>{t('case.deadlineLabel')}</dt>
              <dd>
                {formatDate(aidCase.dueAt)}
                {aidCase.overdue ? ` · ${t('case.overdue')}` : ''}
              </dd>
            </div>
          )}
          {aidCase.approvedAmountFen != null && (
            <div>
              <dt>{t('case.amountLabel')}</dt>
              <dd>¥{fenToYuan(aidCase.approvedAmountFen)}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="todo" aria-labelledby="todo-title">
        <h2 id="todo-title" className="section-title">
          {t('case.todo')}
        </h2>
        {aidCase.campaign && aidCase.approvedAmountFen != null && (
          <div data-testid="campaign-line">
            <p>
              {t('case.campaignLine', {
                title: aidCase.campaign.title,
                kind: t(`campaignKinds.${aidCase.campaign.kind}`),
                amount: fenToYuan(aidCase.approvedAmountFen),
              })}
            </p>
            {['PUBLIC_NOTICE', 'READY_TO_PAY', 'DISBURSED'].includes(aidCase.status) && (
              <p>{t('case.campaignCollect', { holder: aidCase.holder.name })}</p>
            )}
          </div>
        )}
        <BankPaymentLine aidCase={aidCase} />
        <p data-testid="next-step">{aidCase.nextStep}</p>
        {aidCase.status === 'RETURNED' && (
          <>
            {aidCase.returnReason && (
              <p>
                <strong>{t('case.returnReason')}：</strong>
                {aidCase.returnReason}
              </p>
            )}
            {aidCase.missingItems.length > 0 && (
              <>
                <p>{t('case.missing')}</p>
                <ul className="missing">
                  {aidCase.missingItems.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </>
            )}
            <AddEvidence caseId={id} type={aidCase.type} onUploaded={() => void refresh()} />
          </>
        )}
        {aidCase.status === 'PUBLIC_NOTICE' && aidCase.noticeEndsAt && (
          <p data-testid="notice-ends">{t('case.noticeUntil', { date: formatDateTime(aidCase.noticeEndsAt) })}</p>
        )}
        {aidCase.status === 'REJECTED' && aidCase.rejectReason && (
          <p>
            <strong>{t('case.rejectReason')}：</strong>
            {aidCase.rejectReason}
          </p>
        )}
        {actionError && <Banner tone="error">{actionError}</Banner>}
        <div className="stack">
          {can('confirmReceipt') && (
            <ConfirmReceipt busy={act.isPending} onConfirm={(smsCode) => act.mutate(() => execute(CONFIRM_RECEIPT, { id, smsCode }))} />
          )}
          {can('resubmit') && (
            <Button
              block
              color="primary"
              size="large"
              onClick={() => act.mutate(() => execute(RESUBMIT_CASE, { id }))}
              loading={act.isPending}
            >
              {t('case.resubmit')}
            </Button>
          )}
          {can('rate') && (
            <div className="rate-box">
              <p id="rate-label">{t('case.rate')}</p>
              <Rate value={score} onChange={setScore} aria-labelledby="rate-label" />
              <Field id="rate-comment" label={t('case.rateComment')}>
                <TextArea id="rate-comment" rows={3} maxLength={500} value={comment} onChange={setComment} />
              </Field>
              <Button
                block
                color="primary"
                size="large"
                onClick={() => act.mutate(() => execute(RATE_CASE, { id, score, comment: comment || null }))}
                loading={act.isPending}
              >
                {t('case.rateSubmit')}
              </Button>
            </div>
          )}
          {aidCase.rating != null && <p>{t('case.rated', { score: aidCase.rating })}</p>}
          {!['DRAFT', 'CLOSED', 'WITHDRAWN'].includes(aidCase.status) && (
            // the station's own number, or the unions' 12351 hotline when the station has none
            <a className="call-station" href={`tel:${aidCase.holder.hotline ?? '12351'}`}>
              {t('case.callStation', { phone: aidCase.holder.hotline ?? '12351' })}
            </a>
          )}
          {can('withdraw') && (
            <Button block fill="outline" onClick={withdraw}>
              {t('case.withdraw')}
            </Button>
          )}
        </div>
      </section>

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title" className="section-title">
          {t('case.evidence')}
        </h2>
        {aidCase.documents.length === 0 ? (
          <p className="muted">{t('case.noEvidence')}</p>
        ) : (
          <ul className="plain-list">
            {aidCase.documents.map((document) => (
              <li key={document.id}>
                {t(`evidence.slots.${document.slot}`)} · {formatDate(document.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="section-title">
          {t('case.timeline')}
        </h2>
        <Steps direction="vertical" current={aidCase.events.length - 1}>
          {[...aidCase.events].map((event) => (
            <Steps.Step
              key={event.id}
              title={t(`events.${event.action}`, { defaultValue: event.toStatus ? t(`statuses.${event.toStatus}`) : event.action })}
              description={
                <span className="event-detail">
                  {formatDateTime(event.occurredAt)} ·{' '}
                  {t(`case.actors.${event.actorRole ?? 'SYSTEM'}`, { defaultValue: event.actorRole ?? '' })} · {event.unit.name}
                  {event.comment ? (
                    <>
                      <br />
                      {event.comment}
                    </>
                  ) : null}
                </span>
              }
            />
          ))}
        </Steps>
      </section>
    </Page>
  );
}
