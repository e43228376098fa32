import { graphql } from '../gql';

export const FILES = graphql(`
  query ConsoleFiles($unitId: ID!, $status: FileStatus, $category: HardshipCategory, $search: String, $first: Int, $after: String) {
    hardshipFiles(unitId: $unitId, status: $status, category: $category, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          personName
          idNumberMasked
          category
          status
          causes
          updatedAt
          unit {
            name
          }
        }
      }
    }
  }
`);

export const FILE = graphql(`
  query ConsoleFile($id: ID!) {
    hardshipFile(id: $id) {
      id
      personName
      payeeAccount {
        bankName
        accountNumberMasked
        holderName
        setAt
      }
      identityVerifiedAt
      idNumberMasked
      birthDate
      sex
      phone
      address
      employerName
      unionMember
      category
      status
      causes
      cancelReason
      unit {
        id
        name
      }
      householdSize
      household {
        housing
        minimumLivingStandardFen
        perCapitaIncomeFen
        totalMonthlyIncomeFen
        members {
          name
          relation
          health
          employment
          monthlyIncomeFen
          idNumberMasked
          schooling
          isRecipient
        }
      }
      reviewedAt
      externalMatches {
        ...ConsoleExternalMatch
      }
      householdAidThisYear {
        type
        usedFen
        capFen
      }
      history {
        id
        occurredAt
        action
        fromStatus
        toStatus
        reason
        note
      }
    }
  }
`);

export const REVEAL_ID = graphql(`
  mutation ConsoleRevealIdNumber($fileId: ID!, $reason: String!) {
    revealIdNumber(fileId: $fileId, reason: $reason)
  }
`);

export const CREATE_FILE = graphql(`
  mutation ConsoleCreateFile($input: HardshipFileInput!) {
    createHardshipFile(input: $input) {
      id
    }
  }
`);

export const CANCEL_FILE = graphql(`
  mutation ConsoleCancelFile($id: ID!, $reason: CancelReason!, $note: String) {
    cancelHardshipFile(id: $id, reason: $reason, note: $note) {
      id
      status
    }
  }
`);

export const REVEAL_HOUSEHOLD = graphql(`
  mutation ConsoleRevealHousehold($fileId: ID!, $reason: String!) {
    revealHouseholdIdNumbers(fileId: $fileId, reason: $reason)
  }
`);

export const UPDATE_FILE = graphql(`
  mutation ConsoleUpdateFile($id: ID!, $input: HardshipFileInput!) {
    updateHardshipFile(id: $id, input: $input) {
      id
    }
  }
`);

export const REVIEW_WITH_FILE = graphql(`
  mutation ConsoleReviewWithFile($taskId: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput!, $note: String) {
    completeReview(taskId: $taskId, outcome: $outcome, input: $input, note: $note) {
      id
      status
    }
  }
`);

export const LINK_CASE_FILE = graphql(`
  mutation LinkCaseFile($id: ID!, $fileId: ID!) {
    linkCaseFile(id: $id, fileId: $fileId) {
      id
    }
  }
`);

export const CASE_FOR_FILE = graphql(`
  query CaseForFile($id: ID!) {
    case(id: $id) {
      id
      applicantName
      holder {
        id
      }
      answers {
        causes
        householdSize
        monthlyIncomeFen
        incomeMasked
      }
    }
  }
`);

export const VERIFY_IDENTITY = graphql(`
  mutation ConsoleVerifyIdentity($input: VerifyIdentityInput!) {
    verifyIdentity(input: $input) {
      id
      name
      identityVerifiedAt
    }
  }
`);

export const RELEASE_ID_NUMBER = graphql(`
  mutation ConsoleReleaseIdNumber($idNumber: String!, $reason: String!) {
    releaseIdNumber(idNumber: $idNumber, reason: $reason) {
      id
      name
    }
  }
`);

export const REVIEW_FILE = graphql(`
  mutation ConsoleReviewFile($id: ID!, $outcome: ReviewOutcome!, $visit: String!, $cancelReason: CancelReason) {
    reviewHardshipFile(id: $id, outcome: $outcome, visit: $visit, cancelReason: $cancelReason) {
      id
      status
    }
  }
`);

export const SET_PAYEE = graphql(`
  mutation ConsoleSetPayee($fileId: ID!, $input: PayeeAccountInput!) {
    setPayeeAccount(fileId: $fileId, input: $input) {
      id
    }
  }
`);
