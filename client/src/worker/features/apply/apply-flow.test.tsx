import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseReference } from '@bangfu/shared/case-reference';
import { userDb } from './offline/db';
import { renderApp } from '../../testing/render-app';

/** Opens a section from the task list and answers its questions, each on its own page. */
const answer = async (section: string, steps: (() => void)[]) => {
  fireEvent.click(await screen.findByText(section));
  for (const step of steps) {
    // each page reads the draft from IndexedDB before it shows the question
    const next = await screen.findByRole('button', { name: '下一步' });
    step();
    fireEvent.click(next);
  }
  await screen.findByText('请完成以下各项，可以分几次填写');
};
const typeInto = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the apply flow', () => {
  beforeEach(() => {
    // the network edge: this phone has no connection
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('walks the task list one question per page offline, saves every answer on the phone and queues the submission', async () => {
    const { userId } = renderApp('/apply/new');
    await screen.findByText('请完成以下各项，可以分几次填写');
    const clientId = location.pathname.split('/')[2];
    const db = await userDb(userId);

    await answer('帮扶类型', [() => fireEvent.click(screen.getByText('医疗救助'))]);
    expect((await db.get('drafts', clientId))?.type).toBe('MEDICAL');
    expect(screen.getByText(/^已保存到本机 \d\d:\d\d$/)).toBeTruthy();

    await answer('困难情况', [
      () => fireEvent.click(screen.getByRole('checkbox', { name: '患病' })),
      () => typeInto('请简单说明您遇到的困难', '爱人住院，医药费约三万元'),
    ]);
    await answer('家庭收入', [() => typeInto('家里一共几口人？', '3'), () => typeInto('全家每月收入大约多少元？', '2400')]);
    await answer('申请金额', [() => typeInto('您希望申请多少元？', '5000.50')]);
    await waitFor(async () => expect((await db.get('drafts', clientId))?.amountYuan).toBe('5000.50'));

    fireEvent.click(screen.getByText('证明材料'));
    await screen.findByRole('button', { name: '下一步' });
    const camera = document.querySelector<HTMLInputElement>('input[data-slot="MEDICAL_RECORD"]')!;
    expect(camera.getAttribute('capture')).toBe('environment');
    await act(async () => {
      fireEvent.change(camera, { target: { files: [new File(['fake jpeg'], 'bill.jpg', { type: 'image/jpeg' })] } });
    });
    await screen.findByText('等待上传');
    // medical aid cannot go without the ID card and the bill, each marked 必需
    expect(screen.getAllByText('（必需）')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请拍摄标有“必需”的材料');
    const idCard = document.querySelector<HTMLInputElement>('input[data-slot="ID_CARD"]')!;
    await act(async () => {
      fireEvent.change(idCard, { target: { files: [new File(['fake jpeg'], 'id.jpg', { type: 'image/jpeg' })] } });
    });
    await waitFor(() => expect(screen.getAllByText('等待上传')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));

    fireEvent.click(await screen.findByRole('button', { name: '检查您的回答' }));
    expect(await screen.findByText('爱人住院，医药费约三万元')).toBeTruthy();
    expect(screen.getByText('¥5000.50')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));

    const submit = await screen.findByRole('button', { name: '提交申请' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '我已阅读并同意以上声明' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '提交申请' }).hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));

    expect((await screen.findByTestId('reference')).textContent).toBe(caseReference(clientId));
    expect(screen.getByText('接下来会怎样')).toBeTruthy();
    const queued = await db.get('outbox', clientId);
    expect(queued?.state).not.toBe('done');
    expect((await db.get('drafts', clientId))?.state).toBe('submitted');
    expect(await db.getAllFromIndex('photos', 'byDraft', clientId)).toHaveLength(2);
  });

  it('keeps the worker on a question until it is answered', async () => {
    renderApp('/apply/new');
    fireEvent.click(await screen.findByText('家庭收入'));
    await screen.findByRole('button', { name: '下一步' });
    typeInto('家里一共几口人？', 'three');
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请输入正确的数字');
    expect(screen.getByLabelText('家里一共几口人？')).toBeTruthy();
  });

  it('does not offer the amount question for service aid, and cannot reach the answers check before every section is done', async () => {
    renderApp('/apply/new');
    await answer('帮扶类型', [() => fireEvent.click(screen.getByText('法律援助'))]);
    expect(screen.queryByText('申请金额')).toBeNull();
    expect(screen.getByRole('button', { name: '检查您的回答' }).hasAttribute('disabled')).toBe(true);
  });
});
