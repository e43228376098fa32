import { Button, List, Tag } from 'antd-mobile';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseReference } from '@bangfu/shared/case-reference';
import { Page } from '../components/page';
import { MY_CASES } from '../features/cases/api';
import { formatClock } from '../../lib/dates';
import { execute } from '../../lib/graphql';
import type { DraftRecord, OutboxRecord } from '../features/apply/offline/db';
import { listDrafts } from '../features/apply/offline/drafts';
import { listOutbox } from '../features/apply/offline/outbox';
import { withSnapshot } from '../features/apply/offline/snapshot';
import { useOfflineData } from '../features/apply/offline/use-offline';
import { largeText, useLargeText } from '../../lib/preferences';
import { session } from '../../lib/session';
import { Link, navigate } from '../../lib/router';
import { StatusTag } from '../components/status-tag';

const OUTBOX_COLOR = { pending: 'default', sending: 'primary', failed: 'danger', done: 'success' } as const;

/** Home: unfinished drafts, submissions waiting for the network, then the worker's cases from the server. */
export function HomePage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const large = useLargeText();
  const drafts = useOfflineData<DraftRecord[]>(listDrafts, []);
  const outbox = useOfflineData<OutboxRecord[]>(listOutbox, []);
  const cases = useQuery({
    queryKey: ['myCases'],
    queryFn: () => withSnapshot('myCases', () => execute(MY_CASES).then((data) => data.myCases.edges.map((edge) => edge.node))),
    // the snapshot answers offline, so the query must run even when the browser says there is no network
    networkMode: 'always',
  });
  const caseList = cases.data?.data;
  const editing = drafts.filter((draft) => draft.state === 'editing');
  const waiting = outbox.filter((record) => record.state !== 'done');

  return (
    <Page title={t('home.greeting', { name: session.current()?.user.name ?? '' })}>
      <div className="row">
        <Button size="small" onClick={() => largeText.set(!large)} aria-pressed={large}>
          {large ? t('app.standardText') : t('app.largeText')}
        </Button>
      </div>
      <Button block color="primary" size="large" onClick={() => navigate('/apply/new')}>
        {t('home.startApply')}
      </Button>

      {editing.length > 0 && (
        <List header={t('home.drafts')}>
          {editing.map((draft) => (
            <List.Item
              key={draft.clientId}
              arrow
              onClick={() => navigate(`/apply/${draft.clientId}`)}
              description={t('apply.savedAt', { time: formatClock(draft.updatedAt) })}
            >
              {draft.type ? t(`types.${draft.type}`) : t('apply.title')} · {t('home.continue')}
            </List.Item>
          ))}
        </List>
      )}

      {waiting.length > 0 && (
        <List header={t('home.pendingCount', { count: waiting.length })}>
          {waiting.map((record) => (
            <List.Item
              key={record.clientId}
              data-testid="outbox-item"
              description={record.state === 'failed' && record.error ? record.error : undefined}
              extra={
                record.state === 'failed' ? (
                  <Button size="small" color="primary" onClick={onRetry}>
                    {t('outbox.retry')}
                  </Button>
                ) : (
                  <Tag color={OUTBOX_COLOR[record.state]}>{t(`outbox.${record.state}`)}</Tag>
                )
              }
            >
              {t('apply.reference')} {caseReference(record.clientId)}
            </List.Item>
          ))}
        </List>
      )}

      <List
        header={
          cases.data?.offlineSince
            ? `${t('home.myCases')} · ${t('home.savedCopy', { time: formatClock(cases.data.offlineSince) })}`
            : t('home.myCases')
        }
      >
        {cases.isPending && <List.Item>{t('app.loading')}</List.Item>}
        {cases.isError && (
          <List.Item
            extra={
              <Button size="small" onClick={() => void cases.refetch()}>
                {t('app.retry')}
              </Button>
            }
          >
            {t('app.errorLoad')}
          </List.Item>
        )}
        {caseList?.length === 0 && <List.Item>{t('home.noCases')}</List.Item>}
      </List>
      {Boolean(caseList?.length) && (
        // real links, so the list is reached and opened by keyboard and switch access like any page link
        <ul className="case-list">
          {(caseList ?? []).map((aidCase) => (
            <li key={aidCase.id}>
              <Link className="case-item" to={`/cases/${aidCase.id}`} data-testid="case-item">
                <span className="case-item-text">
                  <span className="case-item-title">{aidCase.title}</span>
                  <span className="muted small">{aidCase.caseNumber ?? aidCase.reference}</span>
                  <span className="muted small">{aidCase.nextStep}</span>
                </span>
                <StatusTag status={aidCase.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Button block fill="none" onClick={() => navigate('/file')}>
        {t('home.myFile')}
      </Button>
    </Page>
  );
}
