import { graphql } from '../gql';

export const STAT_PROGRESS = graphql(`
  query ConsoleStatReports($unitId: ID!, $period: String!) {
    statReports(unitId: $unitId, period: $period) {
      unit {
        id
        name
        level
      }
      state
      overdue
      dueAt
      current {
        id
        version
        submittedAt
        decidedAt
      }
    }
  }
`);

/** The figures a return freezes, read alike for the frozen and the live side. */
export const STAT_FIGURES = graphql(`
  fragment ConsoleStatFigures on StatFigures {
    casesByStatus {
      status
      count
    }
    casesByType {
      type
      count
    }
    newCases
    decidedCases
    approvedCases
    rejectedCases
    closedCases
    approvedFen
    paidFen
    medianDecisionDays
    overdueCases
    activeFilesByCategory {
      category
      count
    }
    fundBalanceFen
    incomeBySource {
      source
      amountFen
    }
    ratedCases
    satisfactionRate
    stations
    demonstrationStations
    demonstrationRatio
    assessedStations
    averageAssessmentScore
    failingStations
    subsidyHoldbackFen
  }
`);

export const STAT_REPORT = graphql(`
  query ConsoleStatReport($unitId: ID!, $period: String!) {
    statReport(unitId: $unitId, period: $period) {
      period
      dueAt
      differences
      unit {
        id
        name
      }
      live {
        ...ConsoleStatFigures
      }
      versions {
        id
        version
        status
        submittedAt
        decidedAt
        correctionReason
        returnReason
        missing {
          reason
          unit {
            id
            name
          }
        }
        figures {
          ...ConsoleStatFigures
        }
      }
    }
  }
`);

export const SUBMIT_STAT_REPORT = graphql(`
  mutation ConsoleSubmitStatReport($unitId: ID!, $period: String!, $missing: [MissingChildInput!], $correctionReason: String) {
    submitStatReport(unitId: $unitId, period: $period, missing: $missing, correctionReason: $correctionReason) {
      id
      version
      status
    }
  }
`);

export const ACCEPT_STAT_REPORT = graphql(`
  mutation ConsoleAcceptStatReport($id: ID!) {
    acceptStatReport(id: $id) {
      id
      status
    }
  }
`);

export const RETURN_STAT_REPORT = graphql(`
  mutation ConsoleReturnStatReport($id: ID!, $reason: String!) {
    returnStatReport(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const EXPORT_STAT_REPORT = graphql(`
  mutation ConsoleExportStatReport($id: ID!, $format: StatReportFormat) {
    exportStatReport(id: $id, format: $format) {
      id
    }
  }
`);
