import { Button, List, Tag } from 'antd-mobile';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Page } from '../../components/page';
import { navigate } from '../../../lib/router';
import { formatDateTime } from '../../../lib/dates';
import { execute } from '../../../lib/graphql';
import { unreadChanged } from './unread';

const INBOX = graphql(`
  query WorkerInbox {
    notifications(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          message
          caseId
          createdAt
          readAt
        }
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The message centre: the record of every status change (SMS reaches the phone; this keeps the history). */
export function InboxPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['inbox'],
    queryFn: () => execute(INBOX).then((data) => data.notifications.edges.map((edge) => edge.node)),
  });
  const unread = (query.data ?? []).filter((message) => !message.readAt).map((message) => message.id);
  const markRead = useMutation({
    mutationFn: () => execute(MARK_READ, { ids: unread }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['inbox'] });
      unreadChanged.dispatchEvent(new Event('change'));
    },
  });
  return (
    <Page title={t('inbox.title')}>
      {query.isPending && <p>{t('app.loading')}</p>}
      {query.isError && <Button onClick={() => void query.refetch()}>{t('app.retry')}</Button>}
      {query.data?.length === 0 && <p className="muted">{t('inbox.empty')}</p>}
      {unread.length > 0 && (
        <Button fill="none" onClick={() => markRead.mutate()} loading={markRead.isPending}>
          {t('inbox.markRead')}
        </Button>
      )}
      <List>
        {(query.data ?? []).map((message) => (
          <List.Item
            key={message.id}
            description={formatDateTime(message.createdAt)}
            extra={message.readAt ? null : <Tag color="primary">{t('inbox.unread')}</Tag>}
            onClick={message.caseId ? () => navigate(`/cases/${message.caseId}`) : undefined}
            arrow={Boolean(message.caseId)}
          >
            {message.message}
          </List.Item>
        ))}
      </List>
    </Page>
  );
}
