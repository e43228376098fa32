import { graphql } from '../gql';

export const WORK_CALENDAR = graphql(`
  query WorkCalendar($year: Int!) {
    workCalendar(year: $year) {
      day
      working
      name
    }
  }
`);

export const SET_WORK_CALENDAR = graphql(`
  mutation SetWorkCalendar($input: WorkCalendarInput!) {
    setWorkCalendar(input: $input) {
      day
      working
      name
    }
  }
`);

export const AID_POLICIES = graphql(`
  query AidPolicies($unitId: ID!) {
    aidPolicies(unitId: $unitId) {
      unitId
      editable
      settings {
        aidType
        approvalLimitFen
        yearlyCapFen
        noticeDays
        acceptWithinWorkingDays
        decideWithinWorkingDays
      }
      inForce {
        aidType
        approvalLimitFen
        yearlyCapFen
        noticeDays
        acceptWithinWorkingDays
        decideWithinWorkingDays
        sources {
          field
          unitId
          unitName
        }
      }
    }
  }
`);

export const SET_AID_POLICY = graphql(`
  mutation SetAidPolicy($unitId: ID!, $input: AidPolicyInput!) {
    setAidPolicy(unitId: $unitId, input: $input) {
      unitId
    }
  }
`);

export const POLICY_UNITS = graphql(`
  query PolicyUnits($unitId: ID!) {
    unit(id: $unitId) {
      id
      name
      children {
        id
        name
        activeFlag
      }
    }
  }
`);
