import { Button, List, Tag } from 'antd-mobile';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Page } from '../../components/page';
import { navigate } from '../../../lib/router';
import { execute } from '../../../lib/graphql';
import { fenToYuan } from '../../../lib/money';

const MY_FILE = graphql(`
  query MyHardshipFile {
    myHardshipFile {
      id
      status
      category
      causes
      idNumberMasked
      householdSize
      unit {
        name
      }
      household {
        perCapitaIncomeFen
        members {
          name
          relation
        }
      }
    }
  }
`);

/** The worker's own file, masked; without one, how to get one (staff open files after a visit). */
export function MyFilePage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['myFile'], queryFn: () => execute(MY_FILE).then((data) => data.myHardshipFile) });
  const file = query.data;
  return (
    <Page title={t('file.title')} onBack={() => navigate('/')}>
      {query.isPending && <p>{t('app.loading')}</p>}
      {query.isError && (
        <>
          <p role="alert">{t('app.errorLoad')}</p>
          <Button onClick={() => void query.refetch()}>{t('app.retry')}</Button>
        </>
      )}
      {query.isSuccess && !file && (
        <div className="stack">
          <h2 className="section-title">{t('file.none')}</h2>
          <p>{t('file.noneHint')}</p>
          <Button block color="primary" size="large" onClick={() => navigate('/apply/new')}>
            {t('file.applyToEstablish')}
          </Button>
        </div>
      )}
      {file && (
        <List>
          <List.Item extra={<Tag color={file.status === 'ACTIVE' ? 'success' : 'warning'}>{t(`fileStatuses.${file.status}`)}</Tag>}>
            {t('file.status')}
          </List.Item>
          <List.Item extra={t(`categories.${file.category}`)}>{t('file.category')}</List.Item>
          <List.Item description={file.causes.map((cause) => t(`causes.${cause}`)).join('、')}>{t('file.causes')}</List.Item>
          <List.Item extra={file.unit.name}>{t('file.unit')}</List.Item>
          <List.Item extra={file.idNumberMasked}>{t('file.idNumber')}</List.Item>
          <List.Item
            extra={t('file.members', { count: file.householdSize })}
            description={file.household.members.map((member) => `${member.relation} ${member.name}`).join('，')}
          >
            {t('file.household')}
          </List.Item>
          {file.household.perCapitaIncomeFen != null && (
            <List.Item extra={`¥${fenToYuan(file.household.perCapitaIncomeFen)}`}>{t('file.perCapita')}</List.Item>
          )}
        </List>
      )}
    </Page>
  );
}
