import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { VERIFY_IDENTITY } from './api';

interface IdentityValues {
  phone: string;
  idNumber: string;
  seen: boolean;
}

/**
 * 实名核验 at the counter: the worker is here with their ID card; the staff member types the phone they give and the
 * number on the card. Money aid then goes to them (domain.md §11).
 */
export function IdentityCheckPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<IdentityValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verified, setVerified] = useState<{ name: string; at: string } | null>(null);

  const submit = async (values: IdentityValues) => {
    setBusy(true);
    setError(null);
    setVerified(null);
    try {
      const user = (await execute(VERIFY_IDENTITY, { input: { phone: values.phone.trim(), idNumber: values.idNumber.trim() } }))
        .verifyIdentity;
      setVerified({ name: user.name, at: user.identityVerifiedAt ? formatDateTime(user.identityVerifiedAt) : '' });
      form.resetFields();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="identity-title" style={{ maxWidth: 640 }}>
      <Typography.Title level={2} id="identity-title" style={{ fontSize: 22 }}>
        {t('console.identity.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph>{t('console.identity.intro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item label={t('console.identity.phone')} name="phone" rules={[{ required: true, message: t('apply.required') }]}>
            <Input inputMode="numeric" maxLength={11} autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('console.identity.idNumber')} name="idNumber" rules={[{ required: true, message: t('apply.required') }]}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="seen"
            valuePropName="checked"
            rules={[{ validator: (_, seen) => (seen ? Promise.resolve() : Promise.reject(new Error(t('console.identity.seenRequired')))) }]}
          >
            <Checkbox>{t('console.identity.seen')}</Checkbox>
          </Form.Item>
          {error && <Alert type="error" role="alert" message={error} style={{ marginBottom: 16 }} />}
          {verified && <Alert type="success" role="status" message={t('console.identity.done', verified)} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('console.identity.submit')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
