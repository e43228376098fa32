import { Alert, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog whose OK runs `onSubmit`: a refusal from the API shows above the form and keeps the dialog open; a form
 * that does not validate shows its own field messages.
 */
export function FormDialog({
  open,
  title,
  width,
  onSubmit,
  onClose,
  children,
}: {
  open: boolean;
  title: ReactNode;
  width?: number;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await onSubmit();
    } catch (caught) {
      // antd's validateFields rejects with the fields in error, which the form already shows
      if (caught && typeof caught === 'object' && 'errorFields' in caught) return;
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <Modal
      open={open}
      width={width}
      title={title}
      okText={t('console.fields.submit')}
      cancelText={t('app.cancel')}
      onOk={() => void submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      {children}
    </Modal>
  );
}
