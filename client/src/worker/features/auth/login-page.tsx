import { Button, Input } from 'antd-mobile';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MOBILE_NUMBER } from '@bangfu/shared/phone';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Page } from '../../components/page';
import { Link } from '../../../lib/router';
import { execute } from '../../../lib/graphql';
import { LOGIN } from './api';
import { enterWith } from './enter';

export function LoginPage() {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // said at the field before anything is sent: an empty or mistyped number is not a failed sign-in
    const problem = !phone.trim() ? t('auth.phoneMissing') : MOBILE_NUMBER.test(phone.trim()) ? null : t('auth.invalid.phone');
    setPhoneError(problem);
    if (problem) {
      document.getElementById('phone')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { login } = await execute(LOGIN, { phone: phone.trim(), password });
      enterWith(login);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('auth.login')}>
      <form className="stack" onSubmit={submit} noValidate>
        <Field id="phone" label={t('auth.phone')} error={phoneError}>
          <Input id="phone" type="tel" inputMode="numeric" autoComplete="username" value={phone} onChange={setPhone} clearable />
        </Field>
        <Field id="password" label={t('auth.password')}>
          <Input id="password" type="password" autoComplete="current-password" value={password} onChange={setPassword} />
        </Field>
        <FormError message={error} />
        <Button block color="primary" size="large" type="submit" loading={busy}>
          {t('auth.login')}
        </Button>
        <Link className="text-link" to="/login-code">
          {t('auth.codeLogin.link')}
        </Link>
        <Link className="text-link" to="/reset">
          {t('auth.forgot')}
        </Link>
        <Link className="text-link" to="/register">
          {t('auth.noAccount')}
        </Link>
      </form>
    </Page>
  );
}
