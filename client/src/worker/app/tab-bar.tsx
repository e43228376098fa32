import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import { UNREAD_KEY, unreadCount } from '../features/inbox/unread';

const TABS = [
  { to: '/', title: 'tabs.home' },
  { to: '/apply/new', title: 'tabs.apply' },
  { to: '/inbox', title: 'tabs.inbox' },
  { to: '/me', title: 'tabs.me' },
];

/**
 * The bottom tabs as real links (reached and followed by keyboard and switch access), with the count of unread
 * messages on 消息, asked for again when the app comes back to the front.
 */
export function TabBar({ path }: { path: string }) {
  const { t } = useTranslation();
  const unread = useQuery({ queryKey: UNREAD_KEY, queryFn: unreadCount, staleTime: 60_000 });
  const count = unread.data ?? 0;
  return (
    <nav className="tab-bar" aria-label={t('app.title')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.to}>
            <Link
              className="tab"
              to={tab.to}
              aria-current={path === tab.to || (tab.to === '/apply/new' && path.startsWith('/apply/')) ? 'page' : undefined}
            >
              {t(tab.title)}
              {tab.to === '/inbox' && count > 0 && (
                <span className="badge" aria-label={t('inbox.unreadCount', { count })}>
                  {count > 99 ? '99+' : count}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
