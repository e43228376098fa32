import { Button, Card, Descriptions, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import { FormDialog } from '../campaigns/form-dialog';
import { SET_PAYEE } from './api';

interface PayeeAccount {
  bankName: string;
  accountNumberMasked: string;
  holderName: string;
  setAt: string;
}

interface PayeeForm {
  bankName: string;
  accountNumber: string;
  holder: 'PERSON' | 'MEMBER';
  holderIdNumber?: string;
}

/**
 * The bank account aid is paid into (代发): masked, and recorded or changed at the counter from the card in hand. The
 * holder is the file's person, or a household member the file names as recipient, by their ID number (实名制).
 */
export function PayeeAccountCard({
  fileId,
  account,
  editable,
  onSaved,
}: {
  fileId: string;
  account: PayeeAccount | null;
  editable: boolean;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PayeeForm>();
  const holder = Form.useWatch('holder', form);
  return (
    <Card
      title={t('console.files.payee.title')}
      style={{ marginBottom: 16 }}
      data-testid="payee-account"
      extra={
        editable && (
          <Button onClick={() => setOpen(true)}>{t(account ? 'console.files.payee.change' : 'console.files.payee.record')}</Button>
        )
      }
    >
      {account ? (
        <Descriptions
          column={4}
          size="small"
          items={[
            { key: 'bank', label: t('console.files.payee.bank'), children: account.bankName },
            { key: 'number', label: t('console.files.payee.number'), children: account.accountNumberMasked },
            { key: 'holder', label: t('console.files.payee.holder'), children: account.holderName },
            { key: 'set', label: t('console.files.payee.setAt'), children: formatDateTime(account.setAt) },
          ]}
        />
      ) : (
        <p className="muted" style={{ margin: 0 }}>
          {t('console.files.payee.none')}
        </p>
      )}
      <FormDialog
        open={open}
        title={t('console.files.payee.title')}
        onClose={() => setOpen(false)}
        onSubmit={async () => {
          const values = await form.validateFields();
          await execute(SET_PAYEE, {
            fileId,
            input: {
              bankName: values.bankName,
              accountNumber: values.accountNumber,
              holderIdNumber: values.holder === 'MEMBER' ? values.holderIdNumber : null,
            },
          });
          setOpen(false);
          form.resetFields();
          await onSaved();
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ holder: 'PERSON' }}>
          <Form.Item
            name="bankName"
            label={t('console.files.payee.bank')}
            rules={[{ required: true, message: t('console.files.payee.bankNeeded') }]}
          >
            <Input placeholder="中国工商银行临沂兰山支行" />
          </Form.Item>
          <Form.Item
            name="accountNumber"
            label={t('console.files.payee.number')}
            extra={t('console.files.payee.numberHint')}
            rules={[{ required: true, message: t('console.files.payee.numberNeeded') }]}
          >
            <Input inputMode="numeric" autoComplete="off" />
          </Form.Item>
          <Form.Item name="holder" label={t('console.files.payee.holder')}>
            <Radio.Group
              options={[
                { value: 'PERSON', label: t('console.files.payee.holderPerson') },
                { value: 'MEMBER', label: t('console.files.payee.holderMember') },
              ]}
            />
          </Form.Item>
          {holder === 'MEMBER' && (
            <Form.Item
              name="holderIdNumber"
              label={t('console.files.payee.holderIdNumber')}
              rules={[{ required: true, message: t('console.files.payee.holderIdNeeded') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
        </Form>
      </FormDialog>
    </Card>
  );
}
