import { Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CancelReason } from '@bangfu/shared/enums';
import { cancelReasonOptions } from '../cancel-file-modal';

export interface FileReview {
  outcome: 'KEEP' | 'CANCEL';
  visit: string;
  cancelReason: CancelReason | null;
}

/**
 * The review of one file at any time (复核): what the visit found and the outcome. A changed household is entered with
 * 编辑档案 first; the review then keeps the file.
 */
export function ReviewFileModal({
  open,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  onCancel: () => void;
  onConfirm: (review: FileReview) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ outcome: 'KEEP' | 'CANCEL'; visit: string; cancelReason?: CancelReason }>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <Modal
      open={open}
      title={t('console.files.review.title')}
      okText={t('console.fields.submit')}
      cancelText={t('app.cancel')}
      destroyOnHidden
      onCancel={onCancel}
      onOk={async () => {
        const values = await form.validateFields();
        await onConfirm({ outcome: values.outcome, visit: values.visit.trim(), cancelReason: values.cancelReason ?? null });
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ outcome: 'KEEP' }}>
        <p className="muted">{t('console.files.review.explain')}</p>
        <Form.Item
          label={t('console.files.review.visit')}
          name="visit"
          rules={[{ required: true, whitespace: true, min: 2, message: t('apply.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label={t('console.files.review.outcome')} name="outcome" rules={[{ required: true, message: t('apply.required') }]}>
          <Radio.Group
            options={(['KEEP', 'CANCEL'] as const).map((value) => ({ value, label: t(`console.files.review.outcomes.${value}`) }))}
          />
        </Form.Item>
        {outcome === 'CANCEL' && (
          <Form.Item label={t('console.fields.reason')} name="cancelReason" rules={[{ required: true, message: t('apply.required') }]}>
            <Select options={cancelReasonOptions(t)} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
