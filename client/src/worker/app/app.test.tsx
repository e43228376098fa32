import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../lib/session';
import { renderApp } from '../testing/render-app';

describe('the app shell', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    // TanStack Query's online manager is global and heard the 'offline' event
    window.dispatchEvent(new Event('online'));
  });

  it('tells a worker inside WeChat how to open the app in the browser, and nobody else', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (Linux; Android 10) MicroMessenger/8.0.40');
    const { unmount } = renderApp('/me');
    expect(await screen.findByText(/在浏览器中打开/)).toBeTruthy();
    unmount();
    vi.restoreAllMocks();
    renderApp('/me');
    await screen.findByRole('heading', { name: '我的' });
    expect(screen.queryByText(/在浏览器中打开/)).toBeNull();
  });

  it('says so when the phone loses its connection and that the work is kept', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderApp('/me');
    await screen.findByRole('heading', { name: '我的' });
    expect(screen.queryByText(/当前无网络/)).toBeNull();
    online.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText(/当前无网络，您填写的内容会保存在本机/)).toBeTruthy();
  });

  it('signs the phone out when the server no longer knows the session', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    renderApp('/inbox');
    expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
    expect(location.pathname).toBe('/login');
    expect(session.current()).toBeNull();
  });
});
