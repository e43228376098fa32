import { graphql } from '../gql';

export const AUDIT_LOG = graphql(`
  query AuditLog($unitId: ID!, $entityId: ID, $entityType: String, $actorId: ID, $first: Int, $after: String) {
    auditLog(unitId: $unitId, entityId: $entityId, entityType: $entityType, actorId: $actorId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          action
          actorId
          actorName
          entityType
          entityId
          entityLabel
          before
          after
          unit {
            name
          }
        }
      }
    }
  }
`);
