import { Button, Input, Toast } from 'antd-mobile';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Page } from '../../components/page';
import { Link, navigate } from '../../../lib/router';
import { graphql } from '../../gql';
import { execute } from '../../../lib/graphql';

const CHANGE_PASSWORD = graphql(`
  mutation WorkerChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** The worker changes their own password; the phone stays signed in, any other device is signed out. */
export function PasswordPage() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next.length < 8) return setError(t('auth.invalid.password'));
    if (next !== again) return setError(t('me.passwordMismatch'));
    setBusy(true);
    setError(null);
    try {
      await execute(CHANGE_PASSWORD, { currentPassword: current, newPassword: next });
      Toast.show({ content: t('me.passwordChanged') });
      navigate('/me', { replace: true });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('me.changePassword')}>
      <form className="stack" onSubmit={submit} noValidate>
        <Field id="current-password" label={t('me.currentPassword')}>
          <Input id="current-password" type="password" autoComplete="current-password" value={current} onChange={setCurrent} />
        </Field>
        <Field id="new-password" label={t('me.newPassword')} hint={t('auth.passwordHint')}>
          <Input id="new-password" type="password" autoComplete="new-password" value={next} onChange={setNext} />
        </Field>
        <Field id="new-password-again" label={t('me.newPasswordAgain')}>
          <Input id="new-password-again" type="password" autoComplete="new-password" value={again} onChange={setAgain} />
        </Field>
        <FormError message={error} />
        <Button block color="primary" size="large" type="submit" loading={busy}>
          {t('me.changePassword')}
        </Button>
        <Link className="text-link" to="/me">
          {t('app.cancel')}
        </Link>
      </form>
    </Page>
  );
}
