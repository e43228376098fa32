import { graphql } from '../../gql';
import { execute } from '../../../lib/graphql';

const UNREAD = graphql(`
  query WorkerUnread {
    notifications(unreadOnly: true, first: 1) {
      totalCount
    }
  }
`);

/** The cache key of the count: the tab bar shows it, reading the inbox refreshes it. */
export const UNREAD_KEY = ['unread'];
export const unreadCount = () => execute(UNREAD).then((data) => data.notifications.totalCount);
