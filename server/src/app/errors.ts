import type { GraphQLFormattedError } from 'graphql';
import { translate } from '@bangfu/shared';
import { DomainError } from '../common/domain-error.js';
import { currentRequestScope, newCorrelationId } from '../common/request-context.js';
import type { Logger } from '../common/logger.js';

/** Apollo's own codes for a request that is malformed rather than refused by a rule. */
const MALFORMED_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function findDomainError(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let hops = 0; current && hops < 5; hops += 1) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The one place errors become responses: coded failures get the contract code and a message in the
 * caller's language; anything unexpected is logged with a correlation id and masked.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const scope = currentRequestScope();
    const lang = scope?.lang ?? 'zh-CN';
    const base = { locations: formatted.locations, path: formatted.path };
    const domainError = findDomainError(error);
    if (domainError) {
      return {
        ...base,
        message: translate(domainError.key, lang, domainError.params),
        extensions: { code: domainError.code },
      };
    }
    const apolloCode = formatted.extensions?.code;
    if (typeof apolloCode === 'string' && MALFORMED_REQUEST_CODES.has(apolloCode)) {
      return {
        ...base,
        message: translate('badInput.query', lang, { detail: formatted.message }),
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    const correlationId = scope?.correlationId ?? newCorrelationId();
    logger.error({ err: error, correlationId, path: formatted.path }, 'unexpected error');
    return {
      ...base,
      message: translate('internal', lang, { correlationId }),
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}
