import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import { unreadChanged, unreadCount } from '../features/inbox/unread';

const TABS = [
  { to: '/', title: 'tabs.home' },
  { to: '/apply/new', title: 'tabs.apply' },
  { to: '/inbox', title: 'tabs.inbox' },
  { to: '/me', title: 'tabs.me' },
];

/** The count of unread messages, asked for on every move between screens and when messages are marked read. */
function useUnreadCount(path: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let current = true;
    const refresh = () =>
      void unreadCount()
        .then((next) => current && setCount(next))
        .catch(() => undefined);
    refresh();
    unreadChanged.addEventListener('change', refresh);
    return () => {
      current = false;
      unreadChanged.removeEventListener('change', refresh);
    };
  }, [path]);
  return count;
}

/**
 * The bottom tabs as real links (reached and followed by keyboard and switch access), with the count of unread
 * messages on 消息. A plain effect rather than a query hook keeps the query library out of the first download.
 */
export function TabBar({ path }: { path: string }) {
  const { t } = useTranslation();
  const count = useUnreadCount(path);
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
