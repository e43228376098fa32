import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { updateSearch, useSearch } from '../lib/router';

/** Keyset paging kept in `?after=`: back to the first page, or on to the next. */
export function KeysetPager({ pageInfo }: { pageInfo?: { hasNextPage: boolean; endCursor?: string | null } }) {
  const { t } = useTranslation();
  const after = useSearch().get('after');
  return (
    <Space style={{ marginTop: 16 }}>
      <Button disabled={!after} onClick={() => updateSearch({ after: null })}>
        {t('console.queue.first')}
      </Button>
      <Button disabled={!pageInfo?.hasNextPage} onClick={() => updateSearch({ after: pageInfo?.endCursor })}>
        {t('console.queue.next')}
      </Button>
    </Space>
  );
}
