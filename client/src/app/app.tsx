import { useState } from 'react';
import { LoginForm } from '../features/auth/components/login-form';
import { logout } from '../features/auth/api/logout';
import type { SignedInUser } from '../features/auth/api/login';

const ROLE_NAMES: Record<string, string> = {
  WORKER: '职工', STATION_STAFF: '站点工作人员', UNIT_HEAD: '单位负责人', UNION_ADMIN: '工会管理员', AUDITOR: '审计', SYSTEM_ADMIN: '系统管理员',
};

/** The session lives in memory only; the worker app issue adds per-user IndexedDB drafts. */
export function App() {
  const [session, setSession] = useState<{ token: string; user: SignedInUser } | null>(null);
  if (!session) return <LoginForm onSignedIn={(token, user) => setSession({ token, user })} />;
  return (
    <main className="card">
      <h1>您好，{session.user.name}</h1>
      <ul>
        {session.user.roles.map((grant) => (
          <li key={`${grant.role}-${grant.unit.id}`}>{ROLE_NAMES[grant.role] ?? grant.role} · {grant.unit.name}</li>
        ))}
      </ul>
      <button type="button" onClick={() => logout(session.token).finally(() => setSession(null))}>退出登录</button>
    </main>
  );
}
