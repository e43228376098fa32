import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusTone, type CaseStatus, type StatusTone } from '@bangfu/shared/enums';

const COLOUR: Record<StatusTone, string> = { action: 'orange', done: 'green', stopped: 'default', working: 'blue' };

/** A case's status coloured by what it means (someone must act, ended well, ended without aid, being worked on). */
export function CaseStatusTag({ status, testId }: { status: CaseStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOUR[statusTone(status)]} data-testid={testId}>
      {t(`statuses.${status}`)}
    </Tag>
  );
}
