import { Button } from 'antd-mobile';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error';
import { Page } from '../../components/page';
import { Link } from '../../../lib/router';
import { execute } from '../../../lib/graphql';
import { LOGIN_WITH_CODE } from './api';
import { PhoneAndCode, usePhoneAndCode } from './phone-and-code';

/** Sign-in with a code sent to the worker's own phone, for those who would rather not keep a password. */
export default function CodeLoginPage() {
  const { t } = useTranslation();
  const { phone, code, sent, error, busy, enter, fields } = usePhoneAndCode('LOGIN');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void enter(async () => (await execute(LOGIN_WITH_CODE, { phone, code })).loginWithSmsCode);
  };

  return (
    <Page title={t('auth.codeLogin.title')}>
      <form className="stack" onSubmit={submit} noValidate>
        <PhoneAndCode {...fields} />
        <FormError message={error} />
        <Button block color="primary" size="large" type="submit" loading={busy} disabled={!sent}>
          {t('auth.login')}
        </Button>
        <Link className="text-link" to="/login">
          {t('auth.codeLogin.back')}
        </Link>
      </form>
    </Page>
  );
}
