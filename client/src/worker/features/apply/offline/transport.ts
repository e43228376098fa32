import i18next from 'i18next';
import { graphql } from '../../../gql';
import { execute } from '../../../../lib/graphql';
import { yuanToFen } from '../../../../lib/money';
import { uploadEvidence } from '../../../../lib/upload';
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

/**
 * The application as the server keeps it: a title staff read in Chinese whatever language the phone uses, the
 * worker's own words, and the answers as data (the server validates them with the same shared schema).
 */
export function applicationOf(draft: DraftRecord) {
  const zh = i18next.getFixedT('zh-CN');
  const householdSize = Number.parseInt(draft.householdSize, 10);
  return {
    title: `${zh(`types.${draft.type ?? 'OTHER'}`)}申请`,
    description: draft.story.trim(),
    answers: {
      causes: draft.causes,
      householdSize: Number.isInteger(householdSize) && householdSize > 0 ? householdSize : null,
      monthlyIncomeFen: yuanToFen(draft.monthlyIncomeYuan),
    },
  };
}

export const apiTransport: SubmissionTransport = {
  async saveDraft(draft) {
    const { title, description, answers } = applicationOf(draft);
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
        answers,
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
