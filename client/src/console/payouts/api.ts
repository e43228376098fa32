import { graphql } from '../gql';

export const PAYOUTS = graphql(`
  query ConsolePayouts($unitId: ID!) {
    fund(unitId: $unitId) {
      unitId
      balance
      inTransit {
        payments
        amountFen
        agedPayments
        agedAmountFen
      }
    }
    payoutBatches(unitId: $unitId) {
      id
      reference
      status
      lineCount
      totalFen
      createdAt
      approvedAt
      exportedAt
      settledAt
    }
  }
`);

export const PAYOUT_BATCH = graphql(`
  query ConsolePayoutBatch($id: ID!) {
    payoutBatch(id: $id) {
      id
      reference
      status
      lineCount
      totalFen
      lines(first: 500) {
        lineNo
        amountFen
        caseId
        caseNumber
        holderName
        bankName
        accountNumberMasked
        outcome
        bankMessage
      }
      returns {
        id
        fileName
        uploadedAt
        appliedAt
        jobId
        report {
          lines
          arrived
          failed
          unchanged
          refused {
            row
            reason
            detail
          }
        }
      }
    }
  }
`);

export const CREATE_PAYOUT_BATCH = graphql(`
  mutation ConsoleCreatePayoutBatch($unitId: ID!) {
    createPayoutBatch(unitId: $unitId) {
      id
    }
  }
`);

export const APPROVE_PAYOUT_BATCH = graphql(`
  mutation ConsoleApprovePayoutBatch($id: ID!) {
    approvePayoutBatch(id: $id) {
      id
      status
    }
  }
`);

export const CANCEL_PAYOUT_BATCH = graphql(`
  mutation ConsoleCancelPayoutBatch($id: ID!, $reason: String!) {
    cancelPayoutBatch(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const EXPORT_PAYOUT_BATCH = graphql(`
  mutation ConsoleExportPayoutBatch($id: ID!, $format: PayoutFileFormat) {
    exportPayoutBatch(id: $id, format: $format) {
      id
    }
  }
`);

export const IMPORT_BANK_RETURN = graphql(`
  mutation ConsoleImportBankReturn($batchId: ID!, $returnId: ID!) {
    importBankReturn(batchId: $batchId, returnId: $returnId) {
      id
    }
  }
`);
