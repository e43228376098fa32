import { Button, Input } from 'antd-mobile';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isWeakPassword } from '@bangfu/shared';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Page } from '../../components/page';
import { Link } from '../../../lib/router';
import { execute } from '../../../lib/graphql';
import { RESET_PASSWORD_WITH_CODE } from './api';
import { PhoneAndCode, usePhoneAndCode } from './phone-and-code';

/** A forgotten password, recovered with a code sent to the worker's own phone (nobody else can reset it). */
export default function ResetPage() {
  const { t } = useTranslation();
  const { phone, code, sent, error, setError, busy, enter, fields } = usePhoneAndCode('RESET_PASSWORD');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // a weak password is refused here before the code is spent on it
    if (isWeakPassword(password)) return setError(t('auth.invalid.weakPassword'));
    void enter(async () => (await execute(RESET_PASSWORD_WITH_CODE, { phone, code, newPassword: password })).resetPasswordWithSmsCode);
  };

  return (
    <Page title={t('auth.reset.title')}>
      <form className="stack" onSubmit={submit} noValidate>
        <PhoneAndCode {...fields} />
        <Field id="new-password" label={t('auth.reset.newPassword')}>
          <Input id="new-password" type="password" autoComplete="new-password" value={password} onChange={setPassword} />
        </Field>
        <FormError message={error} />
        <Button block color="primary" size="large" type="submit" loading={busy} disabled={!sent}>
          {t('auth.reset.submit')}
        </Button>
        <Link className="text-link" to="/login">
          {t('auth.reset.back')}
        </Link>
      </form>
    </Page>
  );
}
