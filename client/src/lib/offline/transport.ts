import i18next from 'i18next';
import { graphql } from '../../gql';
import { execute } from '../graphql';
import { yuanToFen } from '../money';
import { uploadEvidence } from '../upload';
import { photoBlob, type DraftRecord } from './db';
import type { SubmissionTransport } from './outbox';

const SAVE = graphql(`
  mutation SaveApplication($input: CaseDraftInput!) {
    saveDraft(input: $input) {
      id
      status
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitApplication($id: ID!) {
    submitCase(id: $id) {
      id
      status
    }
  }
`);

/** Staff read the application in Chinese whatever language the phone uses. */
export function describeApplication(draft: DraftRecord): { title: string; description: string } {
  const zh = i18next.getFixedT('zh-CN');
  const causes = draft.causes.map((cause) => zh(`causes.${cause}`)).join('、');
  const income = yuanToFen(draft.monthlyIncomeYuan);
  return {
    title: `${zh(`types.${draft.type ?? 'OTHER'}`)}申请`,
    description: [
      draft.story.trim(),
      `致困原因：${causes || '未填写'}`,
      `家庭人口：${draft.householdSize || '未填写'} 人`,
      `家庭月收入：${income === null ? '未填写' : `${draft.monthlyIncomeYuan} 元`}`,
    ].join('\n'),
  };
}

export const apiTransport: SubmissionTransport = {
  async saveDraft(draft) {
    const { title, description } = describeApplication(draft);
    const amount = yuanToFen(draft.amountYuan);
    const { saveDraft } = await execute(SAVE, {
      input: {
        clientId: draft.clientId,
        channel: 'APP',
        type: draft.type ?? 'OTHER',
        title,
        description,
        fileId: draft.fileId,
        requestedAmountFen: amount && amount > 0 ? amount : null,
      },
    });
    return saveDraft;
  },
  async upload(caseId, photo) {
    await uploadEvidence(caseId, photo.uploadKey, photo.slot, photoBlob(photo));
  },
  async submit(caseId) {
    await execute(SUBMIT, { id: caseId });
  },
};
