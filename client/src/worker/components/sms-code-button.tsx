import { Button } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { SmsCodePurpose } from '../gql/graphql';
import { execute } from '../../lib/graphql';

const REQUEST_SMS_CODE = graphql(`
  mutation WorkerRequestSmsCode($phone: String!, $purpose: SmsCodePurpose!) {
    requestSmsCode(phone: $phone, purpose: $purpose)
  }
`);

/** The server sends at most one code a minute to a phone; the button waits as long. */
const RESEND_SECONDS = 60;

interface SmsCodeButtonProps {
  phone: string;
  purpose: SmsCodePurpose;
  onSent: () => void;
  onError: (message: string) => void;
}

/** Asks for a one-time code for the phone typed above it, then counts down to the next allowed request. */
export function SmsCodeButton({ phone, purpose, onSent, onError }: SmsCodeButtonProps) {
  const { t } = useTranslation();
  const [wait, setWait] = useState(0);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  const send = async () => {
    try {
      await execute(REQUEST_SMS_CODE, { phone: phone.trim(), purpose });
      setWait(RESEND_SECONDS);
      onSent();
    } catch (caught) {
      onError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <Button block size="large" onClick={() => void send()} disabled={wait > 0 || phone.trim().length < 11}>
      {wait > 0 ? t('auth.reset.resendIn', { seconds: wait }) : t('auth.reset.sendCode')}
    </Button>
  );
}
