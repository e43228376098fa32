import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REVEAL_REASON_MAX } from '@bangfu/shared';

interface RevealReasonModalProps {
  open: boolean;
  /** What the full numbers are for, said in the title: showing one number, or editing the file. */
  title: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/**
 * Asks why a full ID number is needed before it is shown (domain.md §8): the reason goes with the reveal into the
 * audit log. Common purposes fill the field with a click; any other can be typed.
 */
export function RevealReasonModal({ open, title, onConfirm, onCancel }: RevealReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const purposes = t('console.files.revealPurposes', { returnObjects: true }) as string[];
  return (
    <Modal
      open={open}
      title={title}
      okText={t('console.files.reveal')}
      cancelText={t('app.cancel')}
      destroyOnHidden
      onCancel={onCancel}
      onOk={async () => onConfirm((await form.validateFields()).reason.trim())}
    >
      <Typography.Paragraph>{t('console.files.revealWarning')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('console.files.revealReason')}
          rules={[
            { required: true, whitespace: true, message: t('console.files.revealReasonRequired') },
            { min: 2, max: REVEAL_REASON_MAX, message: t('console.files.revealReasonRequired') },
          ]}
        >
          <Input maxLength={REVEAL_REASON_MAX} />
        </Form.Item>
        <Space wrap aria-label={t('console.files.revealPurposesLabel')}>
          {purposes.map((purpose) => (
            <Button key={purpose} size="small" type="dashed" onClick={() => form.setFieldsValue({ reason: purpose })}>
              {purpose}
            </Button>
          ))}
        </Space>
      </Form>
    </Modal>
  );
}
