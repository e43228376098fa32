import { Button, Input } from 'antd-mobile';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskPhone } from '@bangfu/shared/masking';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { execute } from '../../../lib/graphql';
import { SmsCodeButton } from '../../components/sms-code-button';
import { MY_PHONE } from './api';

/**
 * 本人确认收到: a code goes to the worker's own phone and confirms the receipt, so nobody who knows only the
 * password can sign for the worker (杜绝代签).
 */
export function ConfirmReceipt({ busy, onConfirm }: { busy: boolean; onConfirm: (code: string) => void }) {
  const { t } = useTranslation();
  const phone = useQuery({ queryKey: ['myPhone'], queryFn: () => execute(MY_PHONE, {}).then((data) => data.me.phone) });
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="receipt stack" aria-labelledby="receipt-title">
      <h3 id="receipt-title">{t('case.confirmReceipt')}</h3>
      <p>{t('case.confirmReceiptHint')}</p>
      <SmsCodeButton
        phone={phone.data ?? ''}
        purpose="CONFIRM_RECEIPT"
        onSent={() => {
          setError(null);
          setSent(true);
        }}
        onError={setError}
      />
      {sent && phone.data && <p role="status">{t('case.receiptCodeSent', { phone: maskPhone(phone.data) })}</p>}
      <Field id="receipt-code" label={t('auth.reset.code')}>
        <Input id="receipt-code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={setCode} />
      </Field>
      <FormError message={error} />
      <Button
        block
        color="primary"
        size="large"
        loading={busy}
        disabled={!/^\d{6}$/.test(code.trim())}
        onClick={() => onConfirm(code.trim())}
      >
        {t('case.confirmReceipt')}
      </Button>
    </section>
  );
}
