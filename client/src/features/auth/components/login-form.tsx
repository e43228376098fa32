import { useState, type FormEvent } from 'react';
import { phoneSchema } from '@bangfu/shared';
import { ApiError } from '../../../lib/graphql';
import { login, type SignedInUser } from '../api/login';

interface Props {
  onSignedIn: (token: string, user: SignedInUser) => void;
}

export function LoginForm({ onSignedIn }: Props) {
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!phoneSchema.safeParse(phone).success) {
      setError('请输入 11 位手机号');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await login(phone.trim(), password);
      onSignedIn(result.token, result.user);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : '网络不可用，请稍后再试');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="card" aria-label="登录">
      <h1>职工帮扶服务</h1>
      <label>
        手机号
        <input inputMode="numeric" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={11} />
      </label>
      <label>
        密码
        <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" disabled={busy}>{busy ? '正在登录…' : '登录'}</button>
    </form>
  );
}
