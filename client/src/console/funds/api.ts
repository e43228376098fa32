import { graphql } from '../gql';

export const FUND = graphql(`
  query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    fund(unitId: $unitId) {
      unitId
      balance
      entries(from: $from, to: $to, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            createdAt
            kind
            direction
            amount
            balanceAfter
            memo
            caseId
            source
            category
            donor
          }
        }
      }
    }
  }
`);

export const EXPORT_LEDGER = graphql(`
  mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {
    exportLedger(unitId: $unitId, from: $from, to: $to) {
      id
      state
    }
  }
`);

export const CHILD_UNITS = graphql(`
  query ConsoleChildUnits($id: ID!) {
    unit(id: $id) {
      id
      children {
        id
        name
        activeFlag
      }
    }
  }
`);

export const RECORD_INCOME = graphql(`
  mutation ConsoleRecordIncome($unitId: ID!, $input: IncomeInput!) {
    recordIncome(unitId: $unitId, input: $input) {
      id
    }
  }
`);

export const ALLOCATE = graphql(`
  mutation ConsoleAllocate($fromUnitId: ID!, $toUnitId: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {
    allocateFunds(fromUnitId: $fromUnitId, toUnitId: $toUnitId, amount: $amount, note: $note, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const RECORD_EXPENSE = graphql(`
  mutation ConsoleRecordExpense($unitId: ID!, $input: ExpenseInput!) {
    recordExpense(unitId: $unitId, input: $input) {
      id
    }
  }
`);

export const REVERSE = graphql(`
  mutation ConsoleReverse($entryId: ID!, $reason: String!) {
    reverseEntry(entryId: $entryId, reason: $reason) {
      id
    }
  }
`);

export const EXPORT_ROSTER = graphql(`
  mutation ConsoleExportRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {
    exportDisbursementRoster(unitId: $unitId, from: $from, to: $to) {
      id
      state
    }
  }
`);
