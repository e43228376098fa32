import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One screen: a title bar with a back button where there is somewhere to go back to, then the content. */
export function Page({ title, onBack, children }: { title: string; onBack?: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="page">
      <header className="page-head">
        {onBack && (
          <button type="button" className="back-button" onClick={onBack}>
            ‹ {t('app.back')}
          </button>
        )}
        <h1 className="page-title">{title}</h1>
      </header>
      <div className="page-body">{children}</div>
    </main>
  );
}
