import { HOUSEHOLD_SIZE_MAX } from '@bangfu/shared/enums';
import { applicationAnswersSchema } from '@bangfu/shared';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from './offline/drafts';
import { applicationOf } from './offline/transport';
import { problemWith } from './questions';

describe('the household questions', () => {
  const draft = (householdSize: string, monthlyIncomeYuan = '1200') => ({ ...emptyDraft('LIVING'), householdSize, monthlyIncomeYuan });

  it('accepts a household the server accepts, and refuses one it would refuse', () => {
    expect(problemWith('householdSize', draft('1'), [])).toBeNull();
    expect(problemWith('householdSize', draft(String(HOUSEHOLD_SIZE_MAX)), [])).toBeNull();
    expect(problemWith('householdSize', draft(String(HOUSEHOLD_SIZE_MAX + 1)), [])).toBe('apply.numberInvalid');
    expect(problemWith('householdSize', draft('0'), [])).toBe('apply.numberInvalid');
  });

  it('sends the answers as data the shared schema accepts, and the story as the description', () => {
    const application = applicationOf({ ...draft('4', '1234.5'), causes: ['ILLNESS', 'LOW_INCOME'], story: '  爱人住院治疗  ' });
    expect(application.description).toBe('爱人住院治疗');
    expect(application.answers).toEqual({ causes: ['ILLNESS', 'LOW_INCOME'], householdSize: 4, monthlyIncomeFen: 123_450 });
    expect(applicationAnswersSchema.safeParse(application.answers).success).toBe(true);
  });
});
