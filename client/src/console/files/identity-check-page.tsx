import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { useMe } from '../use-console';
import { RELEASE_ID_NUMBER, VERIFY_IDENTITY } from './api';

interface IdentityValues {
  phone: string;
  idNumber: string;
  seen: boolean;
}

interface ReleaseValues {
  idNumber: string;
  reason: string;
  seen: boolean;
}

/** A seen-card checkbox that must be ticked before the form goes. */
function SeenCard({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="seen"
      valuePropName="checked"
      rules={[{ validator: (_, seen) => (seen ? Promise.resolve() : Promise.reject(new Error(t('console.identity.seenRequired')))) }]}
    >
      <Checkbox>{label}</Checkbox>
    </Form.Item>
  );
}

/** One counter form: sends, shows the outcome or the refusal, and clears itself for the next person. */
function useCounterForm<Values, Outcome>(send: (values: Values) => Promise<Outcome>) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await send(values));
      form.resetFields();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return { form, busy, error, outcome, submit };
}

/**
 * A contested identity: the holder of an ID number is here with the card and another account took the number.
 * Operators and union admins over the unit take it back; the other account is disabled, its cases kept and marked.
 */
function ReleaseIdNumber() {
  const { t } = useTranslation();
  const {
    form,
    busy,
    error,
    outcome: released,
    submit,
  } = useCounterForm(
    async (values: ReleaseValues) =>
      (await execute(RELEASE_ID_NUMBER, { idNumber: values.idNumber.trim(), reason: values.reason.trim() })).releaseIdNumber.name,
  );
  return (
    <Card title={t('console.identity.releaseTitle')} style={{ marginTop: 24 }}>
      <Typography.Paragraph>{t('console.identity.releaseIntro')}</Typography.Paragraph>
      <Form name="release" form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label={t('console.identity.idNumber')} name="idNumber" rules={[{ required: true, message: t('apply.required') }]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('console.identity.releaseReason')} name="reason" rules={[{ required: true, message: t('apply.required') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <SeenCard label={t('console.identity.seen')} />
        {error && <Alert type="error" role="alert" message={error} style={{ marginBottom: 16 }} />}
        {released && (
          <Alert type="success" role="status" message={t('console.identity.released', { name: released })} style={{ marginBottom: 16 }} />
        )}
        <Button danger htmlType="submit" loading={busy}>
          {t('console.identity.release')}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * 实名核验 at the counter: the worker is here with their ID card; the staff member types the phone they give and the
 * number on the card. Money aid then goes to them (domain.md §11).
 */
export function IdentityCheckPage() {
  const { t } = useTranslation();
  const me = useMe();
  const releases = (me.data?.roles ?? []).some((grant) => grant.role === 'SYSTEM_ADMIN' || grant.role === 'UNION_ADMIN');
  const {
    form,
    busy,
    error,
    outcome: verified,
    submit,
  } = useCounterForm(async (values: IdentityValues) => {
    const user = (await execute(VERIFY_IDENTITY, { input: { phone: values.phone.trim(), idNumber: values.idNumber.trim() } }))
      .verifyIdentity;
    return { name: user.name, at: user.identityVerifiedAt ? formatDateTime(user.identityVerifiedAt) : '' };
  });

  return (
    <section aria-labelledby="identity-title" style={{ maxWidth: 640 }}>
      <Typography.Title level={2} id="identity-title" style={{ fontSize: 22 }}>
        {t('console.identity.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph>{t('console.identity.intro')}</Typography.Paragraph>
        <Form name="verify" form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item label={t('console.identity.phone')} name="phone" rules={[{ required: true, message: t('apply.required') }]}>
            <Input inputMode="numeric" maxLength={11} autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('console.identity.idNumber')} name="idNumber" rules={[{ required: true, message: t('apply.required') }]}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <SeenCard label={t('console.identity.seen')} />
          {error && <Alert type="error" role="alert" message={error} style={{ marginBottom: 16 }} />}
          {verified && <Alert type="success" role="status" message={t('console.identity.done', verified)} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('console.identity.submit')}
          </Button>
        </Form>
      </Card>
      {releases && <ReleaseIdNumber />}
    </section>
  );
}
