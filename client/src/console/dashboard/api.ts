import { graphql } from '../gql';

export const ROLLUP = graphql(`
  query ConsoleRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {
    rollup(unitId: $unitId, from: $from, to: $to) {
      unit {
        id
        name
        level
        holdsFund
        ancestors {
          id
          name
        }
      }
      newCases
      decidedCases
      approvedCases
      rejectedCases
      closedCases
      approvedFen
      paidFen
      overdueCases
      fundBalanceFen
      bankPayments {
        inTransit
        inTransitFen
        aged
        arrivedFen
        failed
        failedFen
      }
      satisfactionRate
      demonstrationRatio
      medianDecisionDays
      stations
      demonstrationStations
      casesByStatus {
        status
        count
      }
      casesByType {
        type
        count
      }
      monthly {
        month
        newCases
        approvedCases
        paidFen
      }
      children {
        unit {
          id
          name
          level
        }
        newCases
        approvedCases
        paidFen
        overdueCases
        satisfactionRate
        stations
      }
    }
  }
`);

export const EXPORT_ROLLUP = graphql(`
  mutation ConsoleExportRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {
    exportRollup(unitId: $unitId, from: $from, to: $to) {
      id
      state
    }
  }
`);
