/** A small fetch executor: the API speaks GraphQL over POST and answers errors with a contract code. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function graphqlRequest<T>(query: string, variables: Record<string, unknown>, token?: string | null): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // the screens are Chinese only until the app gets its translations, so errors must be too
      'accept-language': 'zh-CN',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
  }
  return body.data as T;
}
