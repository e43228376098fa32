import { Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmsCodePurpose } from '../../gql/graphql';
import { Field } from '../../components/field';
import { SmsCodeButton } from '../../components/sms-code-button';
import { enterWith } from './enter';

interface PhoneAndCodeProps {
  purpose: SmsCodePurpose;
  phone: string;
  onPhone: (phone: string) => void;
  code: string;
  onCode: (code: string) => void;
  sent: boolean;
  onSent: () => void;
  onError: (message: string) => void;
}

/**
 * The state behind <PhoneAndCode>: the page reads `phone` and `code`, shows `error`, and hands `enter` the call that
 * opens a session with them (sign-in or reset by code); `busy` while it runs.
 */
export function usePhoneAndCode(purpose: SmsCodePurpose) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const enter = async (open: () => Promise<Parameters<typeof enterWith>[0]>) => {
    setError(null);
    setBusy(true);
    try {
      enterWith(await open());
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  const fields: PhoneAndCodeProps = {
    purpose,
    phone,
    onPhone: setPhone,
    code,
    onCode: setCode,
    sent,
    onSent: () => {
      setError(null);
      setSent(true);
    },
    onError: setError,
  };
  return { phone: phone.trim(), code: code.trim(), sent, error, setError, busy, enter, fields };
}

/** The phone of an existing account, the button that texts it a code, and the code: sign-in and reset by code. */
export function PhoneAndCode({ purpose, phone, onPhone, code, onCode, sent, onSent, onError }: PhoneAndCodeProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field id="phone" label={t('auth.phone')}>
        <Input id="phone" type="tel" inputMode="numeric" autoComplete="username" value={phone} onChange={onPhone} clearable />
      </Field>
      <SmsCodeButton phone={phone} purpose={purpose} onSent={onSent} onError={onError} />
      {sent && <p role="status">{t('auth.reset.sent')}</p>}
      <Field id="code" label={t('auth.reset.code')}>
        <Input id="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={onCode} />
      </Field>
    </>
  );
}
