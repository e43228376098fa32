import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISBURSEMENT_METHODS, isMoneyAid, type AidType } from '@bangfu/shared/enums';
import { execute } from '../../lib/graphql';
import { newClientId } from '../../lib/ids';
import { fenToYuan, yuanToFen } from '../../lib/money';
import { positiveYuanRule } from '../amount-rules';
import { CASE_ACTIONS, CASE_COLLEAGUES, type ConsoleAction } from './api';

type Values = Record<string, unknown>;

/** Runs one case action with what its form collected; the variables follow the contract's argument names. */
function run(action: ConsoleAction, id: string, values: Values, type: AidType, paymentKey: string): Promise<unknown> {
  const text = (name: string) => (typeof values[name] === 'string' && (values[name] as string).trim()) || null;
  switch (action) {
    case 'assign':
      return execute(CASE_ACTIONS.assign, { id, userId: String(values.userId) });
    case 'submit':
      return execute(CASE_ACTIONS.submit, { id });
    case 'resubmit':
      return execute(CASE_ACTIONS.resubmit, { id, note: text('note') });
    case 'withdraw':
      return execute(CASE_ACTIONS.withdraw, { id, reason: text('reason') });
    case 'accept':
      return execute(CASE_ACTIONS.accept, { id, note: text('note') });
    case 'approve':
      return execute(CASE_ACTIONS.approve, { id, note: text('note') });
    case 'return':
      return execute(CASE_ACTIONS.return, {
        id,
        reason: text('reason') ?? '',
        missingItems: (text('missingItems') ?? '')
          .split('\n')
          .map((item) => item.trim())
          .filter(Boolean),
      });
    case 'reject':
      return execute(CASE_ACTIONS.reject, { id, reason: text('reason') ?? '' });
    case 'escalate':
      return execute(CASE_ACTIONS.escalate, { id, reason: text('reason') ?? '' });
    case 'raiseObjection':
      return execute(CASE_ACTIONS.raiseObjection, { id, reason: text('reason') ?? '' });
    case 'recordVisit':
      return execute(CASE_ACTIONS.recordVisit, {
        id,
        input: {
          visitedAt: (values.visitedAt as dayjs.Dayjs).toISOString(),
          findings: text('findings') ?? '',
          householdVerified: Boolean(values.householdVerified),
        },
      });
    case 'propose':
      return execute(CASE_ACTIONS.propose, {
        id,
        input: isMoneyAid(type)
          ? {
              amountFen: yuanToFen(String(values.amountYuan ?? '')),
              instalments: (values.instalments as number | undefined) ?? null,
              note: text('note'),
            }
          : { servicePlan: text('plan'), note: text('note') },
      });
    case 'resolveObjection':
      return execute(CASE_ACTIONS.resolveObjection, { id, upheld: Boolean(values.upheld), note: text('note') });
    case 'disburse':
      return execute(CASE_ACTIONS.disburse, {
        id,
        input: {
          method: values.method as (typeof DISBURSEMENT_METHODS)[number],
          idempotencyKey: paymentKey,
          recipientIdentityChecked: Boolean(values.recipientIdentityChecked),
          note: text('note'),
        },
      });
    case 'startReview':
      return execute(CASE_ACTIONS.startReview, { id });
    case 'startService':
      return execute(CASE_ACTIONS.startService, { id });
    case 'completeService':
      return execute(CASE_ACTIONS.completeService, { id, report: text('report') ?? '' });
    case 'close':
      return execute(CASE_ACTIONS.close, { id, report: text('report') ?? '' });
  }
}

/** The form of one action in a dialog; errors from the API are shown in the user's language and nothing changes. */
export function ActionForm({
  action,
  caseId,
  type,
  holderId,
  amending = false,
  approvalLimitFen = null,
  payee = null,
  onClose,
  onDone,
}: {
  action: ConsoleAction;
  caseId: string;
  type: AidType;
  holderId: string;
  /** A proposal that came up with an escalated case is amended, with the reason in the note. */
  amending?: boolean;
  approvalLimitFen?: number | null;
  /** The file's payee account: a payment goes to it by bank, else in cash by default. */
  payee?: { bankName: string; accountNumberMasked: string; holderName: string } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  // said while the amount is typed: above the unit's limit, approval has to come from the parent union
  const amountFen = yuanToFen(String(Form.useWatch('amountYuan', form) ?? ''));
  const overLimit = approvalLimitFen !== null && amountFen !== null && amountFen > approvalLimitFen;
  const method = Form.useWatch('method', form) as string | undefined;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // one key per opened payment form: a double click or a retry after a timeout pays once
  const paymentKey = useMemo(() => `pay-${newClientId(20)}`, []);
  const required = [{ required: true, message: t('apply.required') }];
  const colleagues = useQuery({
    queryKey: ['colleagues', holderId],
    queryFn: () => execute(CASE_COLLEAGUES, { unitId: holderId }).then((data) => data.colleagues),
    enabled: action === 'assign',
  });

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await run(action, caseId, values, type, paymentKey);
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t(amending ? 'console.actions.amend' : `console.actions.${action}`)}
      okText={t('console.fields.submit')}
      cancelText={t('app.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ method: payee ? 'BANK_TRANSFER' : 'CASH', visitedAt: dayjs(), householdVerified: true, upheld: false }}
      >
        {(['accept', 'approve', 'propose', 'resolveObjection', 'disburse', 'resubmit'] as ConsoleAction[]).includes(action) && (
          <Form.Item
            label={t(amending ? 'console.fields.amendReason' : 'console.fields.note')}
            name="note"
            rules={amending ? required : []}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {(action === 'return' || action === 'reject' || action === 'escalate' || action === 'raiseObjection') && (
          <Form.Item label={t('console.fields.reason')} name="reason" rules={required}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {action === 'assign' && (
          <Form.Item label={t('console.fields.assignee')} name="userId" rules={required}>
            <Select
              loading={colleagues.isPending}
              options={(colleagues.data ?? []).map((colleague) => ({ value: colleague.id, label: colleague.name }))}
            />
          </Form.Item>
        )}
        {action === 'withdraw' && (
          <Form.Item label={t('console.fields.reason')} name="reason">
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {action === 'return' && (
          <Form.Item label={t('console.fields.missingItems')} name="missingItems">
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {action === 'recordVisit' && (
          <>
            <Form.Item label={t('console.fields.visitedAt')} name="visitedAt" rules={required}>
              <DatePicker />
            </Form.Item>
            <Form.Item label={t('console.fields.findings')} name="findings" rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="householdVerified" valuePropName="checked">
              <Checkbox>{t('console.fields.householdVerified')}</Checkbox>
            </Form.Item>
          </>
        )}
        {action === 'propose' &&
          (isMoneyAid(type) ? (
            <>
              <Form.Item
                label={t('console.fields.amountYuan')}
                name="amountYuan"
                rules={[...required, positiveYuanRule(t)]}
                extra={
                  overLimit && (
                    <span role="status" style={{ color: '#7c4a03' }}>
                      {t('console.fields.overLimit', { limit: fenToYuan(approvalLimitFen) })}
                    </span>
                  )
                }
              >
                <Input inputMode="decimal" />
              </Form.Item>
              <Form.Item label={t('console.fields.instalments')} name="instalments">
                <InputNumber min={1} max={12} />
              </Form.Item>
            </>
          ) : (
            <Form.Item label={t('console.fields.plan')} name="plan" rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
          ))}
        {action === 'resolveObjection' && (
          <Form.Item name="upheld" valuePropName="checked">
            <Checkbox>{t('console.fields.upheld')}</Checkbox>
          </Form.Item>
        )}
        {action === 'disburse' && (
          <>
            <Form.Item
              label={t('console.fields.method')}
              name="method"
              rules={required}
              extra={method === 'BANK_TRANSFER' ? (payee ? t('console.fields.paidInto', payee) : t('console.fields.noPayee')) : undefined}
            >
              <Select options={DISBURSEMENT_METHODS.map((method) => ({ value: method, label: t(`console.methods.${method}`) }))} />
            </Form.Item>
            <Form.Item label={t('console.fields.paymentKey')}>
              <Input value={paymentKey} readOnly />
            </Form.Item>
            <Form.Item name="recipientIdentityChecked" valuePropName="checked">
              <Checkbox>{t('console.fields.recipientIdentityChecked')}</Checkbox>
            </Form.Item>
          </>
        )}
        {(action === 'completeService' || action === 'close') && (
          <Form.Item label={t('console.fields.report')} name="report" rules={required}>
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
        {error && (
          <p role="alert" style={{ color: '#a8071a', margin: 0 }}>
            {error}
          </p>
        )}
      </Form>
    </Modal>
  );
}
