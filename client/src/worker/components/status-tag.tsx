import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statusTone, type CaseStatus, type StatusTone } from '@bangfu/shared/enums';

/** A short state in words, coloured by what it means; sized in rem so 长辈版 scales it with the text. */
export function ToneTag({ tone, children }: { tone: StatusTone; children: ReactNode }) {
  return <span className={`status-tag tone-${tone}`}>{children}</span>;
}

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <ToneTag tone={statusTone(status)}>{t(`statuses.${status}`)}</ToneTag>;
}
