import { CAMPAIGN_QUEUE } from '../modules/campaigns/campaign.service.js';
import { EXPORT_QUEUE } from '../modules/funds/fund.service.js';
import { PAYOUT_QUEUE } from '../modules/funds/payout.service.js';
import { MAINTENANCE_QUEUE } from '../modules/jobs/outbox.js';
import { NOTIFICATION_QUEUE } from '../modules/notifications/notify.js';
import { REVIEW_QUEUE } from '../modules/reviews/review.service.js';

/** Every BullMQ queue: the worker consumes each one, the operator's board shows each one. */
export const QUEUE_NAMES = [REVIEW_QUEUE, CAMPAIGN_QUEUE, PAYOUT_QUEUE, NOTIFICATION_QUEUE, EXPORT_QUEUE, MAINTENANCE_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
