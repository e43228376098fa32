import { graphql } from '../gql';

export const AID_CAMPAIGNS = graphql(`
  query ConsoleAidCampaigns($unitId: ID!) {
    campaigns(unitId: $unitId) {
      id
      title
      status
      unit {
        id
        name
      }
    }
  }
`);

export const AID_CAMPAIGN = graphql(`
  query ConsoleAidCampaign($id: ID!, $unitId: ID!) {
    campaign(id: $id) {
      id
      kind
      title
      aidType
      status
      standardAmounts {
        category
        amountFen
      }
      minAmountFen
      maxAmountFen
      opensAt
      closesAt
      noticeDays
      countsTowardCap
      unit {
        id
        name
      }
      funds {
        id
        name
      }
      quotas(unitId: $unitId) {
        households
        amountFen
        unit {
          id
          name
        }
      }
      figures(unitId: $unitId) {
        households
        amountFen
        approved
        paid
        paidFen
        received
        unpaid
        unit {
          id
          name
        }
      }
    }
  }
`);

export const CAMPAIGN_ROSTER = graphql(`
  query ConsoleCampaignRoster($campaignId: ID!, $unitId: ID!) {
    campaignRoster(campaignId: $campaignId, unitId: $unitId) {
      id
      status
      jobId
      payoutJobId
      submittedAt
      approvedAt
      noticeEndsAt
      returnReason
      usage {
        households
        amountFen
      }
      entries {
        id
        amountFen
        eligible
        reason
        addedByHand
        caseId
        caseStatus
        unpaidReason
        file {
          id
          personName
          idNumberMasked
          category
        }
      }
    }
  }
`);

export const CREATE_AID_CAMPAIGN = graphql(`
  mutation ConsoleCreateAidCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      id
    }
  }
`);

export const CLOSE_AID_CAMPAIGN = graphql(`
  mutation ConsoleCloseAidCampaign($id: ID!) {
    closeCampaign(id: $id) {
      id
    }
  }
`);

export const SET_QUOTAS = graphql(`
  mutation ConsoleSetQuotas($campaignId: ID!, $unitId: ID!, $quotas: [QuotaInput!]!) {
    setCampaignQuotas(campaignId: $campaignId, unitId: $unitId, quotas: $quotas) {
      households
    }
  }
`);

export const BUILD_ROSTER = graphql(`
  mutation ConsoleBuildRoster($campaignId: ID!, $unitId: ID!) {
    buildRoster(campaignId: $campaignId, unitId: $unitId) {
      id
    }
  }
`);

export const ADD_ROSTER_ENTRY = graphql(`
  mutation ConsoleAddRosterEntry($rosterId: ID!, $input: RosterEntryInput!) {
    addRosterEntry(rosterId: $rosterId, input: $input) {
      id
    }
  }
`);

export const REMOVE_ROSTER_ENTRY = graphql(`
  mutation ConsoleRemoveRosterEntry($entryId: ID!, $reason: String!) {
    removeRosterEntry(entryId: $entryId, reason: $reason) {
      id
    }
  }
`);

export const SUBMIT_ROSTER = graphql(`
  mutation ConsoleSubmitRoster($rosterId: ID!) {
    submitRoster(rosterId: $rosterId) {
      id
    }
  }
`);

export const APPROVE_ROSTER = graphql(`
  mutation ConsoleApproveRoster($rosterId: ID!) {
    approveRoster(rosterId: $rosterId) {
      id
    }
  }
`);

export const RETURN_ROSTER = graphql(`
  mutation ConsoleReturnRoster($rosterId: ID!, $reason: String!) {
    returnRoster(rosterId: $rosterId, reason: $reason) {
      id
    }
  }
`);

export const PAY_ROSTER = graphql(`
  mutation ConsolePayRoster($rosterId: ID!) {
    payRoster(rosterId: $rosterId) {
      id
    }
  }
`);

export const EXPORT_CAMPAIGN_ROSTER = graphql(`
  mutation ConsoleExportCampaignRoster($rosterId: ID!) {
    exportCampaignRoster(rosterId: $rosterId) {
      id
    }
  }
`);

export const ROSTER_JOB = graphql(`
  query ConsoleRosterJob($id: ID!) {
    job(id: $id) {
      id
      state
      progress
      result
      error
    }
  }
`);
