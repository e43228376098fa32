import { Button, Dialog, List } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { CheckboxRow, RadioList } from '../../components/choices';
import { Page } from '../../components/page';
import { Link, navigate } from '../../../lib/router';
import { execute } from '../../../lib/graphql';
import { currentLanguage, setLanguage, type AppLanguage } from '../../../lib/i18n';
import { largeText, useLargeText } from '../../../lib/preferences';
import { session } from '../../../lib/session';

const LOGOUT = graphql(`
  mutation WorkerLogout {
    logout
  }
`);

/** `forgetUser` removes what the phone keeps for the user (drafts, photos, outbox); the app shell knows what that is. */
export function MePage({ forgetUser }: { forgetUser: (userId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const large = useLargeText();
  const user = session.current()?.user;

  const logout = async () => {
    if (!user || !(await Dialog.confirm({ content: t('auth.logoutConfirm'), confirmText: t('auth.logout'), cancelText: t('app.cancel') })))
      return;
    // the server session is revoked when reachable; the phone forgets everything either way
    await execute(LOGOUT).catch(() => undefined);
    await forgetUser(user.id);
    queryClient.clear();
    session.signOut();
    navigate('/login', { replace: true });
  };

  return (
    <Page title={t('me.title')}>
      <List header={t('me.account')}>
        <List.Item extra={user?.name}>{t('auth.name')}</List.Item>
        <List.Item arrow onClick={() => navigate('/file')}>
          {t('home.myFile')}
        </List.Item>
        <List.Item arrow onClick={() => navigate('/me/password')}>
          {t('me.changePassword')}
        </List.Item>
      </List>
      <h2 className="section-title">{t('me.textSize')}</h2>
      <CheckboxRow checked={large} onChange={largeText.set}>
        {t('app.largeText')}
      </CheckboxRow>
      <List header={t('me.language')}>
        <List.Item>
          <RadioList<AppLanguage>
            name="language"
            legend={t('me.language')}
            value={currentLanguage()}
            onChange={setLanguage}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </List.Item>
      </List>
      <div className="stack">
        <Button block size="large" color="danger" fill="outline" onClick={logout}>
          {t('auth.logout')}
        </Button>
        <Link className="text-link" to="/">
          {t('tabs.home')}
        </Link>
      </div>
    </Page>
  );
}
