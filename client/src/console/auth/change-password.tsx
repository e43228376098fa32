import { Alert, App, Button, Dropdown, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authHeaders, execute, failureOf, type ErrorBody } from '../../lib/graphql';
import { CHANGE_PASSWORD } from '../api';

/** The queue board opens in its own tab through a one-time code; the session token never enters a URL. */
async function openQueueBoard(): Promise<void> {
  const response = await fetch('/admin/queues/codes', { method: 'POST', headers: authHeaders() });
  const body = (await response.json().catch(() => null)) as ({ url?: string } & ErrorBody) | null;
  if (!response.ok || !body?.url) throw failureOf(response.status, body);
  window.open(body.url, '_blank', 'noopener');
}

/** The signed-in person's name in the header, with their own password change (their other sessions end). */
export function AccountMenu({ name, queueBoard }: { name: string; queueBoard: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const save = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      await execute(CHANGE_PASSWORD, { currentPassword: values.current, newPassword: values.next });
      setOpen(false);
      void message.success(t('console.account.changed'));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...(queueBoard
              ? [
                  {
                    key: 'queues',
                    label: t('console.account.queueBoard'),
                    onClick: () => void openQueueBoard().catch((caught: Error) => void message.error(caught.message)),
                  },
                ]
              : []),
            {
              key: 'password',
              label: t('console.account.changePassword'),
              onClick: () => {
                setError(null);
                setOpen(true);
              },
            },
          ],
        }}
      >
        <Button type="text" className="nowrap">
          {name}
        </Button>
      </Dropdown>
      <Modal
        open={open}
        title={t('console.account.changePassword')}
        okText={t('console.fields.submit')}
        cancelText={t('app.cancel')}
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item label={t('console.account.current')} name="current" rules={[{ required: true, message: t('auth.invalid.password') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label={t('console.account.next')}
            name="next"
            rules={[{ required: true, min: 8, message: t('auth.invalid.password') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('console.account.confirm')}
            name="confirm"
            dependencies={['next']}
            rules={[
              { required: true, message: t('console.account.mismatch') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error(t('console.account.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon message={error} />}
        </Form>
      </Modal>
    </>
  );
}
