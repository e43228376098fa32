import { graphql } from '../../gql';

export const FUND = graphql(`
  query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    fund(unitId: $unitId) {
      unitId balance
      entries(from: $from, to: $to, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id createdAt kind direction amount balanceAfter memo caseId source category donor } }
      }
    }
  }
`);

export const EXPORT_LEDGER = graphql(`
  mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {
    exportLedger(unitId: $unitId, from: $from, to: $to) { id state }
  }
`);
