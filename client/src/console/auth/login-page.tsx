import { useState, type FormEvent } from 'react';
import { MOBILE_NUMBER } from '@bangfu/shared/phone';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/router';
import { execute } from '../../lib/graphql';
import { session } from '../../lib/session';
import { STAFF_LOGIN, STAFF_LOGOUT } from '../api';

export function StaffLoginPage() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ phone?: string; password?: string }>({});
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
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const phone = String(form.get('phone') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors = {
      phone: !phone ? t('auth.phoneMissing') : MOBILE_NUMBER.test(phone) ? undefined : t('auth.invalid.phone'),
      password: password ? undefined : t('auth.passwordMissing'),
    };
    setFieldErrors(errors);
    const firstWrong = errors.phone ? 'phone' : errors.password ? 'password' : null;
    if (firstWrong) event.currentTarget.querySelector<HTMLInputElement>(`[name=${firstWrong}]`)?.focus();
    else void submit({ phone, password });
  };
  const field = (name: 'phone' | 'password', label: string, input: { type: string; autoComplete: string }) => (
    <div className="signin-field">
      <label htmlFor={`signin-${name}`}>{label}</label>
      <input
        id={`signin-${name}`}
        name={name}
        {...input}
        aria-invalid={Boolean(fieldErrors[name])}
        aria-describedby={fieldErrors[name] ? `signin-${name}-error` : undefined}
      />
      {fieldErrors[name] && (
        <p id={`signin-${name}-error`} className="signin-error">
          {fieldErrors[name]}
        </p>
      )}
    </div>
  );
  // plain HTML, no antd: the sign-in screen is the console's first load and stays small (antd loads with the shell)
  return (
    <main className="signin">
      <form className="signin-card" onSubmit={onSubmit} noValidate>
        <h1>
          {t('console.title')} · {t('console.login')}
        </h1>
        {field('phone', t('auth.phone'), { type: 'tel', autoComplete: 'username' })}
        {field('password', t('auth.password'), { type: 'password', autoComplete: 'current-password' })}
        {error && (
          <p role="alert" className="signin-alert">
            {error}
          </p>
        )}
        <button type="submit" className="signin-submit" disabled={busy} aria-busy={busy}>
          {t('auth.login')}
        </button>
      </form>
    </main>
  );
}
