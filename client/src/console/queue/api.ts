import { graphql } from '../gql';

export const CASE_QUEUE = graphql(`
  query CaseQueue(
    $unitId: ID!
    $statuses: [CaseStatus!]
    $types: [AidType!]
    $overdueOnly: Boolean
    $assignedToMe: Boolean
    $search: String
    $first: Int
    $after: String
  ) {
    caseQueue(
      unitId: $unitId
      statuses: $statuses
      types: $types
      overdueOnly: $overdueOnly
      assignedToMe: $assignedToMe
      search: $search
      orderBy: DUE_AT
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          caseNumber
          reference
          applicantName
          type
          status
          dueAt
          overdue
          submittedAt
          requestedAmountFen
        }
      }
    }
  }
`);

export const BULK_ACCEPT = graphql(`
  mutation BulkAccept($ids: [ID!]!) {
    bulkAcceptCases(ids: $ids) {
      id
      ok
      code
      message
      case {
        id
        status
        caseNumber
      }
    }
  }
`);

export const BULK_ASSIGN = graphql(`
  mutation BulkAssign($ids: [ID!]!, $userId: ID!) {
    bulkAssignCases(ids: $ids, userId: $userId) {
      id
      ok
      code
      message
    }
  }
`);

export const COLLEAGUES = graphql(`
  query Colleagues($unitId: ID!) {
    colleagues(unitId: $unitId) {
      id
      name
    }
  }
`);
