import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CANCEL_REASONS, type CancelReason } from '@bangfu/shared/enums';

/** The reasons a file is cancelled (注销), as select options. */
export const cancelReasonOptions = (t: TFunction) =>
  CANCEL_REASONS.map((reason) => ({ value: reason, label: t(`console.files.cancelReasons.${reason}`) }));

/** Asks why a file is cancelled (注销): from the file itself or as an annual-review outcome. */
export function CancelFileModal({
  open,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  onCancel: () => void;
  onConfirm: (reason: CancelReason, note: string | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: CancelReason; note?: string }>();
  return (
    <Modal
      open={open}
      title={t('console.files.cancel')}
      okText={t('console.fields.submit')}
      cancelText={t('app.cancel')}
      destroyOnHidden
      onCancel={onCancel}
      onOk={async () => {
        const values = await form.validateFields();
        await onConfirm(values.reason, values.note?.trim() || null);
      }}
    >
      <Form form={form} layout="vertical">
        <Form.Item label={t('console.fields.reason')} name="reason" rules={[{ required: true, message: t('apply.required') }]}>
          <Select options={cancelReasonOptions(t)} />
        </Form.Item>
        <Form.Item label={t('console.fields.note')} name="note">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
