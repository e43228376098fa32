import { graphql } from '../../gql';

export const MY_CASES = graphql(`
  query MyCases {
    myCases(first: 50) {
      totalCount
      edges {
        node {
          id
          clientId
          title
          type
          status
          caseNumber
          reference
          nextStep
          updatedAt
          overdue
        }
      }
    }
  }
`);

export const WORKER_CASE = graphql(`
  query WorkerCase($id: ID!) {
    case(id: $id) {
      id
      clientId
      title
      type
      status
      caseNumber
      reference
      nextStep
      dueAt
      overdue
      submittedAt
      holder {
        name
        level
        hotline
      }
      noticeEndsAt
      missingItems
      returnReason
      rejectReason
      requestedAmountFen
      approvedAmountFen
      campaign {
        title
        kind
      }
      payments {
        amountFen
        method
        reversed
        arrival
        bankMessage
        bankName
        accountNumberMasked
        receivedAt
      }
      allowedActions
      rating
      ratingComment
      documents {
        id
        slot
        createdAt
      }
      events {
        id
        occurredAt
        action
        fromStatus
        toStatus
        actorRole
        comment
        unit {
          name
          level
        }
      }
    }
  }
`);

export const MY_PHONE = graphql(`
  query MyPhone {
    me {
      id
      phone
    }
  }
`);

export const CONFIRM_RECEIPT = graphql(`
  mutation ConfirmReceipt($id: ID!, $smsCode: String!) {
    confirmReceipt(id: $id, smsCode: $smsCode) {
      id
      status
    }
  }
`);

export const RATE_CASE = graphql(`
  mutation RateCase($id: ID!, $score: Int!, $comment: String) {
    rateCase(id: $id, score: $score, comment: $comment) {
      id
      rating
    }
  }
`);

export const RESUBMIT_CASE = graphql(`
  mutation ResubmitCase($id: ID!) {
    resubmitCase(id: $id) {
      id
      status
    }
  }
`);

export const WITHDRAW_CASE = graphql(`
  mutation WithdrawCase($id: ID!) {
    withdrawCase(id: $id) {
      id
      status
    }
  }
`);
