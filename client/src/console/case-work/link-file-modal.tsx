import { Alert, Button, Empty, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { execute } from '../../lib/graphql';
import { FILES, LINK_CASE_FILE } from '../files/api';
import type { ConsoleFilesQuery } from '../gql/graphql';

type FoundFile = ConsoleFilesQuery['hardshipFiles']['edges'][number]['node'];

/**
 * 关联已有档案: staff find the applicant's file by the full ID number among the files of the holding unit and those
 * below it, and link it to the case; the server checks it is the applicant's.
 */
export function LinkFileModal({
  caseId,
  unitId,
  onClose,
  onLinked,
}: {
  caseId: string;
  unitId: string;
  onClose: () => void;
  onLinked: () => void;
}) {
  const { t } = useTranslation();
  const [idNumber, setIdNumber] = useState('');
  const [found, setFound] = useState<FoundFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  const search = () =>
    run(async () => {
      const { hardshipFiles } = await execute(FILES, { unitId, search: idNumber.trim(), first: 5 });
      setFound(hardshipFiles.edges.map((edge) => edge.node));
    });
  const link = (fileId: string) =>
    run(async () => {
      await execute(LINK_CASE_FILE, { id: caseId, fileId });
      onLinked();
    });

  return (
    <Modal open title={t('console.case.linkTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('console.case.linkHint')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
        <Input
          aria-label={t('auth.idNumber')}
          maxLength={18}
          value={idNumber}
          onChange={(event) => setIdNumber(event.target.value)}
          onPressEnter={() => void search()}
        />
        <Button type="primary" loading={busy} disabled={idNumber.trim().length !== 18} onClick={() => void search()}>
          {t('console.case.linkSearch')}
        </Button>
      </Space.Compact>
      {found && found.length === 0 && <Empty description={t('console.case.linkNone')} />}
      {found && found.length > 0 && (
        <List
          dataSource={found}
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button key="link" type="primary" loading={busy} onClick={() => void link(file.id)}>
                  {t('console.case.linkThis')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={file.personName}
                description={
                  <>
                    {file.idNumberMasked} · {file.unit.name} <Tag>{t(`fileStatuses.${file.status}`)}</Tag>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {error && <Alert type="error" title={error} style={{ marginTop: 16 }} />}
    </Modal>
  );
}
