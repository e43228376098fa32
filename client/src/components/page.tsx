import { NavBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One screen: a title bar with a back arrow where there is somewhere to go back to, then the content. */
export function Page({ title, onBack, children }: { title: string; onBack?: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="page">
      <NavBar onBack={onBack} backIcon={onBack ? undefined : false} back={onBack ? t('app.back') : null}>
        <h1 className="page-title">{title}</h1>
      </NavBar>
      <div className="page-body">{children}</div>
    </main>
  );
}
