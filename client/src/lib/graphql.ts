import type { TypedDocumentString } from '../gql/graphql';
import { currentLanguage } from './i18n';
import { session } from './session';

/** An answer from the API with a contract code: retrying will not help. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** No answer, or the server failed: the same request may succeed later. */
export class NetworkError extends Error {}

export const isRetryable = (error: unknown): boolean => error instanceof NetworkError;

export const authHeaders = (): Record<string, string> => {
  const token = session.current()?.token;
  return { 'accept-language': currentLanguage(), ...(token ? { authorization: `Bearer ${token}` } : {}) };
};

/** A ~20-line executor over codegen's typed string documents (no GraphQL client library on the phone). */
export async function execute<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables?: Variables): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new NetworkError('offline');
  }
  if (response.status >= 500) throw new NetworkError(`HTTP ${response.status}`);
  const body = (await response.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    if (code === 'INTERNAL_SERVER_ERROR') throw new NetworkError(first.message);
    if (code === 'UNAUTHENTICATED') session.expire();
    throw new ApiError(code, first.message);
  }
  return body.data as Result;
}
