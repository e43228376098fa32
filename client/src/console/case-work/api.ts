import { graphql } from '../gql';

export const STAFF_CASE = graphql(`
  query StaffCase($id: ID!) {
    case(id: $id) {
      id
      caseNumber
      reference
      title
      description
      type
      status
      channel
      applicantName
      applicantPhone
      requestedAmountFen
      answers {
        causes
        householdSize
        monthlyIncomeFen
        incomeMasked
      }
      proposedAmountFen
      approvalLimitFen
      approvalHint
      householdAidThisYear {
        usedFen
        capFen
      }
      externalMatches {
        id
        fileId
        personName
        source
        scheme
        amountFen
        period
        resolution
      }
      approvedAmountFen
      servicePlan
      instalments
      dueAt
      overdue
      submittedAt
      noticeEndsAt
      objectionOpen
      missingItems
      returnReason
      rejectReason
      closureReport
      serviceReport
      allowedActions
      holder {
        id
        name
        level
      }
      originUnit {
        name
      }
      file {
        id
        personName
        idNumberMasked
        payeeAccount {
          bankName
          accountNumberMasked
          holderName
        }
        status
        category
        causes
        household {
          perCapitaIncomeFen
          totalMonthlyIncomeFen
          members {
            name
            relation
            health
            monthlyIncomeFen
            idNumberMasked
          }
        }
      }
      documents {
        id
        slot
        contentType
        byteSize
        createdAt
        url
      }
      visits {
        id
        visitedAt
        findings
        householdVerified
      }
      events {
        id
        occurredAt
        action
        fromStatus
        toStatus
        actorRole
        actorName
        comment
        unit {
          name
        }
      }
    }
  }
`);

export const CASE_ACTIONS = {
  // on cases staff registered themselves (desk, hotline, letter), where they act for the applicant
  submit: graphql(`
    mutation ConsoleSubmit($id: ID!) {
      submitCase(id: $id) {
        id
        status
      }
    }
  `),
  resubmit: graphql(`
    mutation ConsoleResubmit($id: ID!, $note: String) {
      resubmitCase(id: $id, note: $note) {
        id
        status
      }
    }
  `),
  withdraw: graphql(`
    mutation ConsoleWithdraw($id: ID!, $reason: String) {
      withdrawCase(id: $id, reason: $reason) {
        id
        status
      }
    }
  `),
  assign: graphql(`
    mutation ConsoleAssign($id: ID!, $userId: ID!) {
      assignCase(id: $id, userId: $userId) {
        id
        status
      }
    }
  `),
  accept: graphql(`
    mutation ConsoleAccept($id: ID!, $note: String) {
      acceptCase(id: $id, note: $note) {
        id
        status
      }
    }
  `),
  return: graphql(`
    mutation ConsoleReturn($id: ID!, $reason: String!, $missingItems: [String!]) {
      returnCase(id: $id, reason: $reason, missingItems: $missingItems) {
        id
        status
      }
    }
  `),
  startReview: graphql(`
    mutation ConsoleStartReview($id: ID!) {
      startReview(id: $id) {
        id
        status
      }
    }
  `),
  recordVisit: graphql(`
    mutation ConsoleRecordVisit($id: ID!, $input: VisitInput!) {
      recordVisit(id: $id, input: $input) {
        id
        status
      }
    }
  `),
  propose: graphql(`
    mutation ConsolePropose($id: ID!, $input: ProposalInput!) {
      proposeCase(id: $id, input: $input) {
        id
        status
      }
    }
  `),
  approve: graphql(`
    mutation ConsoleApprove($id: ID!, $note: String) {
      approveCase(id: $id, note: $note) {
        id
        status
      }
    }
  `),
  reject: graphql(`
    mutation ConsoleReject($id: ID!, $reason: String!) {
      rejectCase(id: $id, reason: $reason) {
        id
        status
      }
    }
  `),
  escalate: graphql(`
    mutation ConsoleEscalate($id: ID!, $reason: String!) {
      escalateCase(id: $id, reason: $reason) {
        id
        status
      }
    }
  `),
  raiseObjection: graphql(`
    mutation ConsoleRaiseObjection($id: ID!, $reason: String!) {
      raiseObjection(id: $id, reason: $reason) {
        id
        status
      }
    }
  `),
  resolveObjection: graphql(`
    mutation ConsoleResolveObjection($id: ID!, $upheld: Boolean!, $note: String) {
      resolveObjection(id: $id, upheld: $upheld, note: $note) {
        id
        status
      }
    }
  `),
  disburse: graphql(`
    mutation ConsoleDisburse($id: ID!, $input: DisbursementInput!) {
      disburseCase(id: $id, input: $input) {
        id
        status
      }
    }
  `),
  startService: graphql(`
    mutation ConsoleStartService($id: ID!) {
      startService(id: $id) {
        id
        status
      }
    }
  `),
  completeService: graphql(`
    mutation ConsoleCompleteService($id: ID!, $report: String!) {
      completeService(id: $id, report: $report) {
        id
        status
      }
    }
  `),
  close: graphql(`
    mutation ConsoleClose($id: ID!, $report: String!) {
      closeCase(id: $id, report: $report) {
        id
        status
      }
    }
  `),
};
export type ConsoleAction = keyof typeof CASE_ACTIONS;

export const DESK_FILES = graphql(`
  query DeskFiles($unitId: ID!, $search: String) {
    hardshipFiles(unitId: $unitId, search: $search, first: 20) {
      edges {
        node {
          id
          personName
          idNumberMasked
          status
          unit {
            name
          }
        }
      }
    }
  }
`);

export const DESK_SAVE = graphql(`
  mutation DeskSave($input: CaseDraftInput!) {
    saveDraft(input: $input) {
      id
      status
    }
  }
`);

export const CASE_COLLEAGUES = graphql(`
  query CaseColleagues($unitId: ID!) {
    colleagues(unitId: $unitId) {
      id
      name
    }
  }
`);
