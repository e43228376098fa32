import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/router';
import { execute } from '../../lib/graphql';
import { session } from '../../lib/session';
import { STAFF_LOGIN, STAFF_LOGOUT } from '../api';

export function StaffLoginPage() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { phone: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const { login } = await execute(STAFF_LOGIN, { phone: values.phone.trim(), password: values.password });
      const roles = new Set(login.user.roles.map((grant) => grant.role));
      if ([...roles].every((role) => role === 'WORKER')) {
        // a worker's account has no place here: the session just opened ends at once, and the person is sent to their app
        await execute(STAFF_LOGOUT, {}, { token: login.token }).catch(() => undefined);
        setError(t('console.workerAccount', { app: `${location.origin}/` }));
        return;
      }
      session.signIn({ token: login.token, user: { id: login.user.id, name: login.user.name } });
      // each lands where their work is: auditors on the audit log, operators on units and accounts
      const landing = [...roles].every((role) => role === 'AUDITOR')
        ? 'audit'
        : [...roles].every((role) => role === 'SYSTEM_ADMIN')
          ? 'units'
          : 'queue';
      navigate(`/console/${landing}`, { replace: true });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main style={{ display: 'flex', justifyContent: 'center', paddingTop: '12vh' }}>
      <Card
        title={
          <h1 style={{ margin: 0, fontSize: 20 }}>
            {t('console.title')} · {t('console.login')}
          </h1>
        }
        style={{ width: 400 }}
      >
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('auth.phone')} name="phone" rules={[{ required: true, message: t('auth.invalid.phone') }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.invalid.password') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
