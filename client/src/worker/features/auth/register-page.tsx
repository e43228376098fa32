import { Button, Input } from 'antd-mobile';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerWorkerSchema } from '@bangfu/shared/validation';
import { CheckboxRow, RadioList } from '../../components/choices';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Page } from '../../components/page';
import { Link, navigate } from '../../../lib/router';
import { execute } from '../../../lib/graphql';
import { REGISTER, SERVICE_UNITS } from './api';
import { enterWith } from './enter';
import { SmsCodeButton } from '../../components/sms-code-button';

type FieldName = 'name' | 'idNumber' | 'phone' | 'smsCode' | 'password' | 'employerUnitId';
/** The fields in the order they stand on the page, with the id of the input each is typed in. */
const FIELD_INPUTS: [FieldName, string][] = [
  ['name', 'name'],
  ['idNumber', 'idNumber'],
  ['phone', 'phone'],
  ['smsCode', 'smsCode'],
  ['password', 'password'],
  ['employerUnitId', 'employer'],
];

/** Registration; a station's poster or WeChat link may carry `?unit=<code>` to fill in the workplace search. */
export default function RegisterPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<FieldName, string>>({
    name: '',
    idNumber: '',
    phone: '',
    smsCode: '',
    password: '',
    employerUnitId: '',
  });
  const [codeSent, setCodeSent] = useState(false);
  const [search, setSearch] = useState(() => new URLSearchParams(location.search).get('unit') ?? '');
  const [units, setUnits] = useState<{ id: string; code: string; name: string; parentName?: string | null }[]>([]);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName | 'form', string>>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (search.trim().length < 2) return setUnits([]);
    const timer = setTimeout(() => {
      execute(SERVICE_UNITS, { search })
        .then((data) => setUnits(data.serviceUnits))
        .catch(() => setUnits([]));
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);

  const set = (name: FieldName) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // the server's own schema checks the form, so the phone and the API agree on what is valid
    const parsed = registerWorkerSchema.safeParse(values);
    const found: typeof errors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as FieldName;
        found[name] ??= issue.message === 'auth.weakPassword' ? t('auth.invalid.weakPassword') : t(`auth.invalid.${name}`);
      }
    }
    // the code the phone received: the number must be the registrant's own
    const smsCode = values.smsCode.trim();
    if (!/^\d{6}$/.test(smsCode)) found.smsCode = t('auth.invalid.smsCode');
    if (!consent) found.form = t('auth.consentRequired');
    setErrors(found);
    // focus goes to the first field to correct, so a screen reader hears its error and the keyboard is there
    const first = FIELD_INPUTS.find(([name]) => found[name]);
    if (first) document.getElementById(first[1])?.focus();
    if (!parsed.success || found.smsCode || !consent) return;
    setBusy(true);
    try {
      const { registerWorker } = await execute(REGISTER, { input: { ...parsed.data, smsCode } });
      enterWith(registerWorker);
    } catch (caught) {
      setErrors({ form: caught instanceof Error ? caught.message : String(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('auth.register')} onBack={() => navigate('/login')}>
      <form className="stack" onSubmit={submit} noValidate>
        <Field id="name" label={t('auth.name')} error={errors.name}>
          <Input id="name" autoComplete="name" value={values.name} onChange={set('name')} />
        </Field>
        <Field id="idNumber" label={t('auth.idNumber')} error={errors.idNumber}>
          <Input id="idNumber" autoComplete="off" maxLength={18} value={values.idNumber} onChange={set('idNumber')} />
        </Field>
        <Field id="phone" label={t('auth.phone')} error={errors.phone}>
          <Input id="phone" type="tel" inputMode="numeric" autoComplete="tel" value={values.phone} onChange={set('phone')} />
        </Field>
        <SmsCodeButton
          phone={values.phone}
          purpose="REGISTER"
          onSent={() => setCodeSent(true)}
          onError={(message) => setErrors({ form: message })}
        />
        {codeSent && <p role="status">{t('auth.codeSent')}</p>}
        <Field id="smsCode" label={t('auth.reset.code')} error={errors.smsCode}>
          <Input
            id="smsCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={values.smsCode}
            onChange={set('smsCode')}
          />
        </Field>
        <Field id="password" label={t('auth.password')} hint={t('auth.passwordHint')} error={errors.password}>
          <Input id="password" type="password" autoComplete="new-password" value={values.password} onChange={set('password')} />
        </Field>
        <Field id="employer" label={t('auth.employer')} hint={t('auth.employerSearch')} error={errors.employerUnitId}>
          <Input id="employer" type="search" value={search} onChange={setSearch} clearable />
        </Field>
        {search.trim().length >= 2 && units.length === 0 && <p className="muted">{t('auth.employerNone')}</p>}
        {units.length > 0 && (
          <RadioList
            name="employer"
            legend={t('auth.employer')}
            value={values.employerUnitId || null}
            onChange={set('employerUnitId')}
            options={units.map((unit) => ({
              value: unit.id,
              label: (
                <>
                  {unit.name}
                  {unit.parentName ? <span className="muted"> · {unit.parentName}</span> : null}
                </>
              ),
            }))}
          />
        )}
        <CheckboxRow checked={consent} onChange={setConsent}>
          {t('auth.consent')}
        </CheckboxRow>
        <FormError message={errors.form ?? null} />
        <Button block color="primary" size="large" type="submit" loading={busy}>
          {t('auth.register')}
        </Button>
        <Link className="text-link" to="/login">
          {t('auth.haveAccount')}
        </Link>
      </form>
    </Page>
  );
}
