import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from './i18n';
import { ApiError, execute, isRetryable, NetworkError } from './graphql';

const DOCUMENT = { toString: () => 'query { me { id } }' } as Parameters<typeof execute>[0];

describe('execute', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setLanguage('zh-CN');
  });

  it("says a lost connection plainly, in the worker's language, and marks it retryable", async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await execute(DOCUMENT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isRetryable(error)).toBe(true);
    expect((error as Error).message).toBe('网络不通，请联网后再试');
    setLanguage('en');
    expect(((await execute(DOCUMENT).catch((caught: unknown) => caught)) as Error).message).toBe(
      'No connection. Try again when you are online',
    );
  });

  it("keeps the server's words for a coded refusal, which is not retried", async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(JSON.stringify({ errors: [{ message: '手机号或密码不正确', extensions: { code: 'UNAUTHENTICATED' } }] }), {
          status: 200,
        }),
      ),
    );
    const error = await execute(DOCUMENT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', message: '手机号或密码不正确' });
    expect(isRetryable(error)).toBe(false);
  });
});
