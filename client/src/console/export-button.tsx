import { Button, Progress, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_EXPIRED } from '@bangfu/shared/enums';
import { execute, fetchAuthorized } from '../lib/graphql';
import { JOB } from './api';

/** Saves an export under a readable name. */
async function saveWithToken(url: string, filename: string): Promise<void> {
  const href = URL.createObjectURL(await fetchAuthorized(url));
  const link = Object.assign(document.createElement('a'), { href, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Starts an export job, shows its progress while the worker builds the file, then offers the download; `onReady` hears
 * when the file is ready (writing some files changes their record, a payout batch's status).
 */
export function ExportButton({
  start,
  filename,
  label,
  onReady,
}: {
  start: () => Promise<{ id: string }>;
  filename: string;
  label?: string;
  onReady?: () => void;
}) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const job = useQuery({
    queryKey: ['job', jobId],
    queryFn: () => execute(JOB, { id: jobId! }).then((data) => data.job),
    enabled: Boolean(jobId),
    refetchInterval: (query) => (query.state.data?.state === 'COMPLETED' || query.state.data?.state === 'FAILED' ? false : 500),
  });
  const state = job.data?.state;
  // once per job, whatever re-renders follow
  const heard = useRef<string | null>(null);
  useEffect(() => {
    if (state !== 'COMPLETED' || !jobId || heard.current === jobId) return;
    heard.current = jobId;
    onReady?.();
  });
  return (
    <Space className="no-print">
      <Button
        loading={starting}
        onClick={async () => {
          setStarting(true);
          try {
            setJobId((await start()).id);
          } finally {
            setStarting(false);
          }
        }}
      >
        {label ?? t('console.funds.export')}
      </Button>
      {jobId && state !== 'COMPLETED' && state !== 'FAILED' && (
        <Space>
          <Progress type="circle" size={28} percent={job.data?.progress ?? 0} />
          <span>{t('console.funds.exporting', { progress: job.data?.progress ?? 0 })}</span>
        </Space>
      )}
      {state === 'COMPLETED' && job.data?.downloadUrl && (
        <Button type="primary" onClick={() => void saveWithToken(job.data!.downloadUrl!, filename)}>
          {t('console.funds.download')}
        </Button>
      )}
      {state === 'COMPLETED' && job.data?.error === EXPORT_EXPIRED && (
        <Typography.Text type="secondary">{t('console.funds.exportExpired')}</Typography.Text>
      )}
      {state === 'FAILED' && (
        <Typography.Text type="danger">
          {t('console.funds.exportFailed')}：{job.data?.error}
        </Typography.Text>
      )}
    </Space>
  );
}
