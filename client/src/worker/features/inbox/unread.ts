import { graphql } from '../../gql';
import { execute } from '../../../lib/graphql';

const UNREAD = graphql(`
  query WorkerUnread {
    notifications(unreadOnly: true, first: 1) {
      totalCount
    }
  }
`);

export const unreadCount = () => execute(UNREAD).then((data) => data.notifications.totalCount);

/** Told when messages were marked read, so the count on the tab bar is asked for again at once. */
export const unreadChanged = new EventTarget();
