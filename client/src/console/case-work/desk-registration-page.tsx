import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AID_TYPES, isMoneyAid, type AidType, type Channel } from '@bangfu/shared/enums';
import { navigate } from '../../lib/router';
import { execute } from '../../lib/graphql';
import { newClientId } from '../../lib/ids';
import { yuanToFen } from '../../lib/money';
import { optionalYuanRule } from '../amount-rules';
import { CASE_ACTIONS, DESK_FILES, DESK_SAVE } from './api';

const DESK_CHANNELS: Channel[] = ['WALK_IN', 'HOTLINE', 'LETTER', 'REFERRAL'];

interface DeskValues {
  channel: Channel;
  type: AidType;
  noFile?: boolean;
  fileId?: string;
  applicantName?: string;
  title: string;
  description?: string;
  amountYuan?: string;
}

/**
 * 接待登记: staff register a request received at the desk, by the 12351 hotline, by letter or by referral, for a person
 * with a file in the unit's subtree or (emergencies, petitions, people not yet on file) by name, and send it into the
 * queue. One client id per form, so a second press or a retry never makes a second case.
 */
export function DeskRegistrationPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DeskValues>();
  const [clientId] = useState(() => newClientId());
  const [term, setTerm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noFile = Form.useWatch('noFile', form);
  const type = Form.useWatch('type', form);
  const files = useQuery({
    queryKey: ['deskFiles', unitId, term],
    queryFn: () => execute(DESK_FILES, { unitId, search: term || null }).then((data) => data.hardshipFiles.edges.map((edge) => edge.node)),
    enabled: term.trim().length >= 1,
  });
  const required = [{ required: true, message: t('apply.required') }];

  const submit = async (values: DeskValues) => {
    setBusy(true);
    setError(null);
    try {
      const requestedAmountFen = values.amountYuan ? yuanToFen(values.amountYuan) : null;
      const { saveDraft } = await execute(DESK_SAVE, {
        input: {
          clientId,
          channel: values.channel,
          type: values.type,
          unitId,
          title: values.title.trim(),
          description: values.description?.trim() || null,
          fileId: values.noFile ? null : values.fileId,
          applicantName: values.noFile ? values.applicantName?.trim() : null,
          requestedAmountFen,
        },
      });
      if (saveDraft.status === 'DRAFT') await execute(CASE_ACTIONS.submit, { id: saveDraft.id });
      navigate(`/console/cases/${saveDraft.id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h1 className="card-heading">{t('console.desk.title')}</h1>} style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">{t('console.desk.explain')}</Typography.Paragraph>
      <Form<DeskValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ channel: 'WALK_IN', type: 'LIVING' }}
      >
        <Form.Item label={t('console.desk.channel')} name="channel" rules={required}>
          <Radio.Group options={DESK_CHANNELS.map((channel) => ({ value: channel, label: t(`console.desk.channels.${channel}`) }))} />
        </Form.Item>
        <Form.Item label={t('console.case.type')} name="type" rules={required}>
          <Select options={AID_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))} />
        </Form.Item>
        <Form.Item name="noFile" valuePropName="checked">
          <Checkbox>{t('console.desk.noFile')}</Checkbox>
        </Form.Item>
        {noFile ? (
          <Form.Item label={t('console.case.applicant')} name="applicantName" rules={required}>
            <Input maxLength={50} />
          </Form.Item>
        ) : (
          <Form.Item label={t('console.desk.file')} name="fileId" rules={required} extra={t('console.desk.fileHint')}>
            <Select
              showSearch
              filterOption={false}
              onSearch={setTerm}
              loading={files.isFetching}
              notFoundContent={term ? t('console.desk.noMatch') : null}
              options={(files.data ?? []).map((file) => ({
                value: file.id,
                label: `${file.personName} · ${file.idNumberMasked} · ${file.unit.name}`,
                disabled: file.status === 'CANCELLED',
              }))}
            />
          </Form.Item>
        )}
        <Form.Item label={t('console.desk.subject')} name="title" rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('console.case.description')} name="description">
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        {type && isMoneyAid(type) && (
          <Form.Item label={t('console.desk.amountYuan')} name="amountYuan" rules={[optionalYuanRule(t)]}>
            <Input inputMode="decimal" />
          </Form.Item>
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('console.desk.submit')}
        </Button>
      </Form>
    </Card>
  );
}
