import { graphql } from '../gql';

export const EXTERNAL_MATCH_FIELDS = graphql(`
  fragment ConsoleExternalMatch on ExternalMatch {
    id
    fileId
    filePersonName
    fileUnitId
    holder
    personName
    rollKind
    source
    scheme
    amountFen
    period
    foundAt
    resolution
    note
    resolvedAt
  }
`);

export const EXCHANGE_PAGE = graphql(`
  query ConsoleExchange($unitId: ID!) {
    externalRolls(unitId: $unitId) {
      id
      kind
      sourceName
      fileName
      uploadedAt
      status
      linesRead
      linesKept
      matches
      refused {
        row
        reason
        detail
      }
    }
    externalMatches(unitId: $unitId, open: true) {
      ...ConsoleExternalMatch
    }
  }
`);

export const EXPORT_EXCHANGE = graphql(`
  mutation ConsoleExportExchange($unitId: ID!, $since: DateTime) {
    exportExchange(unitId: $unitId, since: $since) {
      id
    }
  }
`);

export const IMPORT_EXTERNAL_ROLL = graphql(`
  mutation ConsoleImportExternalRoll($rollId: ID!) {
    importExternalRoll(rollId: $rollId) {
      id
    }
  }
`);

export const RESOLVE_EXTERNAL_MATCH = graphql(`
  mutation ConsoleResolveExternalMatch($id: ID!, $resolution: ExternalMatchResolution!, $note: String) {
    resolveExternalMatch(id: $id, resolution: $resolution, note: $note) {
      ...ConsoleExternalMatch
    }
  }
`);
