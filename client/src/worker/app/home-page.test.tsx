import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../testing/render-app';

const MY_CASES = {
  data: {
    myCases: {
      totalCount: 1,
      edges: [
        {
          node: {
            id: '7',
            clientId: 'K7QM3XPA9R2TWB4N',
            title: '医疗救助申请',
            type: 'MEDICAL',
            status: 'ACCEPTED',
            caseNumber: 'LY-LS-LSJD-2026-000007',
            reference: 'K7QM-3XPA',
            nextStep: '已受理，工作人员将进行调查核实。',
            updatedAt: '2026-11-20T02:00:00Z',
            overdue: false,
          },
        },
      ],
    },
  },
};

describe('the home screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the worker's cases from the copy saved on the phone when there is no connection, and says so", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(MY_CASES), { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    const online = renderApp('/', 'worker-with-cases');
    expect(await screen.findByText('LY-LS-LSJD-2026-000007')).toBeTruthy();
    expect(screen.queryByText(/本机保存的/)).toBeNull();
    online.unmount();

    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    renderApp('/', 'worker-with-cases');
    expect(await screen.findByText('LY-LS-LSJD-2026-000007')).toBeTruthy();
    expect(screen.getByText(/我的申请 · 本机保存的 \d\d:\d\d 的记录/)).toBeTruthy();
  });

  it("keeps one worker's saved cases away from another on the same phone", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    renderApp('/', 'another-worker');
    expect(await screen.findByText('加载失败，请检查网络后重试')).toBeTruthy();
    expect(screen.queryByText('LY-LS-LSJD-2026-000007')).toBeNull();
  });
});
