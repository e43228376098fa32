import { graphql } from '../gql';

export const STATIONS = graphql(`
  query AssessmentStations($search: String) {
    units(search: $search, first: 50) {
      edges {
        node {
          id
          name
          level
        }
      }
    }
  }
`);

export const ASSESSMENT = graphql(`
  query ConsoleAssessment($unitId: ID!, $year: Int!) {
    assessment(unitId: $unitId, year: $year) {
      id
      year
      districtScore
      cityScore
      tier
      failing
      appliedAt
      decision
      satisfactionRate
      subsidyHoldbackFen
      unit {
        id
        name
      }
      cycle {
        id
        applicationFrom
        applicationUntil
        inspectionFrom
        inspectionUntil
        rubricVersion
      }
      eligibility {
        eligible
        reasons
      }
      items {
        key
        category
        label
        points
        prefilled
        evidence
        districtScore
        cityScore
      }
    }
  }
`);

export const OPEN_CYCLE = graphql(`
  mutation ConsoleOpenCycle($input: AssessmentCycleInput!) {
    openAssessmentCycle(input: $input) {
      id
    }
  }
`);

export const SCORE = graphql(`
  mutation ConsoleScore($id: ID!, $scorerLevel: UnitLevel!, $items: [RubricScoreInput!]!) {
    scoreAssessment(id: $id, scorerLevel: $scorerLevel, items: $items) {
      id
    }
  }
`);

export const APPLY = graphql(`
  mutation ConsoleApplyDemonstration($id: ID!) {
    applyForDemonstration(assessmentId: $id) {
      id
    }
  }
`);

export const DECIDE = graphql(`
  mutation ConsoleDecideDemonstration($id: ID!, $granted: Boolean!) {
    decideDemonstration(assessmentId: $id, granted: $granted) {
      id
    }
  }
`);
