import { HOUSEHOLD_SIZE_MAX, isMoneyAid, requiredEvidenceFor } from '@bangfu/shared/enums';
import type { DraftRecord, PhotoRecord } from './offline/db';
import { yuanToFen } from '../../../lib/money';

export type QuestionId = 'type' | 'causes' | 'story' | 'householdSize' | 'monthlyIncome' | 'amount' | 'evidence';
export type SectionId = 'type' | 'situation' | 'household' | 'amount' | 'evidence';
export type SectionStatus = 'notStarted' | 'inProgress' | 'completed';

const SECTIONS: { id: SectionId; questions: QuestionId[] }[] = [
  { id: 'type', questions: ['type'] },
  { id: 'situation', questions: ['causes', 'story'] },
  { id: 'household', questions: ['householdSize', 'monthlyIncome'] },
  { id: 'amount', questions: ['amount'] },
  { id: 'evidence', questions: ['evidence'] },
];

/** The task list for this draft: the amount section only for money aid. */
export const sectionsFor = (draft: DraftRecord) =>
  SECTIONS.filter((section) => section.id !== 'amount' || (draft.type !== null && isMoneyAid(draft.type)));

/** Why an answer cannot be accepted yet (an i18n key), or null. */
export function problemWith(question: QuestionId, draft: DraftRecord, photos: PhotoRecord[]): string | null {
  switch (question) {
    case 'type':
      return draft.type ? null : 'apply.required';
    case 'causes':
      return draft.causes.length ? null : 'apply.required';
    case 'story':
      return draft.story.trim().length >= 5 ? null : 'apply.required';
    case 'householdSize':
      return /^\d{1,2}$/.test(draft.householdSize.trim()) &&
        Number(draft.householdSize) >= 1 &&
        Number(draft.householdSize) <= HOUSEHOLD_SIZE_MAX
        ? null
        : 'apply.numberInvalid';
    case 'monthlyIncome':
      return yuanToFen(draft.monthlyIncomeYuan) === null ? 'apply.amountInvalid' : null;
    case 'amount':
      return (yuanToFen(draft.amountYuan) ?? 0) > 0 ? null : 'apply.amountInvalid';
    case 'evidence':
      return missingEvidence(draft, photos).length ? 'apply.evidenceMissing' : null;
  }
}

/** The documents the draft's aid type requires that have no photo yet. */
export const missingEvidence = (draft: DraftRecord, photos: PhotoRecord[]) =>
  requiredEvidenceFor(draft.type ?? 'OTHER').filter((slot) => !photos.some((photo) => photo.slot === slot));

const touched = (question: QuestionId, draft: DraftRecord, photos: PhotoRecord[]): boolean =>
  ({
    type: draft.type !== null,
    causes: draft.causes.length > 0,
    story: draft.story !== '',
    householdSize: draft.householdSize !== '',
    monthlyIncome: draft.monthlyIncomeYuan !== '',
    amount: draft.amountYuan !== '',
    evidence: photos.length > 0,
  })[question];

export function sectionStatus(questions: QuestionId[], draft: DraftRecord, photos: PhotoRecord[]): SectionStatus {
  if (questions.every((question) => problemWith(question, draft, photos) === null)) return 'completed';
  return questions.some((question) => touched(question, draft, photos)) ? 'inProgress' : 'notStarted';
}

export const isComplete = (draft: DraftRecord, photos: PhotoRecord[]): boolean =>
  sectionsFor(draft).every((section) => sectionStatus(section.questions, draft, photos) === 'completed');

/** The page after `question`: the next one in its section, else back to the task list. */
export function nextAfter(question: QuestionId, draft: DraftRecord): QuestionId | null {
  const section = sectionsFor(draft).find((candidate) => candidate.questions.includes(question));
  if (!section) return null;
  return section.questions[section.questions.indexOf(question) + 1] ?? null;
}
