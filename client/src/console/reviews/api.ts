import { graphql } from '../gql';

export const CAMPAIGNS = graphql(`
  query ConsoleCampaigns($unitId: ID!) {
    reviewCampaigns(unitId: $unitId) {
      id
      year
      status
      startsAt
      deadline
      graceDays
      generated
      unit {
        name
      }
    }
  }
`);

export const CAMPAIGN_PROGRESS = graphql(`
  query ConsoleCampaignProgress($id: ID!, $unitId: ID) {
    reviewCampaign(id: $id) {
      id
      status
      generated
      closedAt
      summary
      unit {
        id
      }
      progress {
        total
        done
        due
        overdue
      }
      byUnit(unitId: $unitId) {
        unit {
          id
          name
        }
        total
        done
        due
        overdue
      }
    }
  }
`);

export const REVIEW_TASKS = graphql(`
  query ConsoleReviewTasks($unitId: ID!, $campaignId: ID!, $status: ReviewTaskStatus, $first: Int, $after: String) {
    reviewTasks(unitId: $unitId, campaignId: $campaignId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          outcome
          note
          completedAt
          file {
            id
            personName
            idNumberMasked
            category
            status
          }
        }
      }
    }
  }
`);

export const OPEN_CAMPAIGN = graphql(`
  mutation ConsoleOpenCampaign($input: ReviewCampaignInput!) {
    openReviewCampaign(input: $input) {
      id
    }
  }
`);

export const COMPLETE_REVIEW = graphql(`
  mutation ConsoleCompleteReview($taskId: ID!, $outcome: ReviewOutcome!, $cancelReason: CancelReason, $note: String) {
    completeReview(taskId: $taskId, outcome: $outcome, cancelReason: $cancelReason, note: $note) {
      id
      status
      outcome
    }
  }
`);

export const CLOSE_CAMPAIGN = graphql(`
  mutation ConsoleCloseCampaign($id: ID!) {
    closeReviewCampaign(id: $id) {
      id
      status
    }
  }
`);
