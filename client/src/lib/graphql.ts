import i18next from 'i18next';
import { currentLanguage } from './i18n';
import { session } from './session';

/** An answer from the API with a contract code: retrying will not help. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** No answer, or the server failed: the same request may succeed later. Without the server's words, it says so plainly. */
export class NetworkError extends Error {
  constructor(message?: string) {
    super(message ?? i18next.t('app.networkError'));
  }
}

export const isRetryable = (error: unknown): boolean => error instanceof NetworkError;

export const authHeaders = (token = session.current()?.token): Record<string, string> => ({
  'accept-language': currentLanguage(),
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

export interface ErrorBody {
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * What a failed answer means, for GraphQL and the plain HTTP routes alike: a server failure or an unreadable answer
 * may be retried; a coded refusal may not, and a session the server no longer knows signs the user out.
 */
export function failureOf(status: number, body: ErrorBody | null): ApiError | NetworkError {
  const first = body?.errors?.[0];
  const code = first?.extensions?.code;
  if (status >= 500 || !first || code === 'INTERNAL_SERVER_ERROR') return new NetworkError(first?.message);
  if (code === 'UNAUTHENTICATED') session.expire();
  return new ApiError(code ?? 'BAD_USER_INPUT', first.message);
}

/** A document as codegen emits it for the worker app or the console: its text, typed by its answer and variables. */
export interface TypedDocument<Result, Variables> {
  __apiType?: (variables: Variables) => Result;
  toString(): string;
}

/**
 * A ~20-line executor over codegen's typed string documents (no GraphQL client library on the phone). `token` sends
 * a session other than the stored one (a session just opened that is not to be kept).
 */
export async function execute<Result, Variables>(
  document: TypedDocument<Result, Variables>,
  variables?: Variables,
  options: { token?: string } = {},
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(options.token) },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new NetworkError();
  }
  const body = (await response.json().catch(() => null)) as (ErrorBody & { data?: Result }) | null;
  if (response.status >= 500 || !body || body.errors?.length) throw failureOf(response.status, body);
  return body.data as Result;
}

/** A file the API serves only with the bearer token (exports, evidence), which a plain link cannot send. */
export async function fetchAuthorized(url: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url, { headers: authHeaders() });
  } catch {
    throw new NetworkError();
  }
  if (!response.ok) throw failureOf(response.status, (await response.json().catch(() => null)) as ErrorBody | null);
  return response.blob();
}
