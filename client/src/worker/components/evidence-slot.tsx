import { Button, ProgressBar } from 'antd-mobile';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceSlot } from '@bangfu/shared/enums';

export type SlotState =
  | { kind: 'empty' }
  | { kind: 'waiting' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'uploaded' }
  | { kind: 'failed'; message: string };

/** One document the worker photographs: what it is, a preview, and where its upload stands, with retry. */
export function EvidenceSlotCard({
  slot,
  state,
  preview,
  onPick,
  onRetry,
  required = false,
}: {
  slot: EvidenceSlot;
  /** Marked 必需: the application cannot go without it. */
  required?: boolean;
  state: SlotState;
  /** The photo to show; `key` names it, so a new object URL is made only for a new photo. */
  preview?: { key: string; blob: () => Blob } | null;
  onPick: (file: File) => void;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const previewKey = preview?.key ?? null;
  const previewBlob = preview?.blob;
  useEffect(() => {
    const blob = previewBlob?.();
    if (!blob || !blob.type.startsWith('image/')) return setPreviewUrl(null);
    const url = URL.createObjectURL(blob);
    setPreviewUrl(url);
    return () => URL.revokeObjectURL(url);
    // the blob function is new on each render; the key says whether the photo changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previewKey]);

  const status = {
    empty: null,
    waiting: t('evidence.waiting'),
    uploading: state.kind === 'uploading' ? t('evidence.uploading', { percent: state.percent }) : null,
    uploaded: t('evidence.uploaded'),
    failed: state.kind === 'failed' ? `${t('evidence.failed')}：${state.message}` : null,
  }[state.kind];

  return (
    <section className="slot" aria-label={t(`evidence.slots.${slot}`)}>
      <p className="slot-title">
        {t(`evidence.slots.${slot}`)}
        {required && <span className="slot-required">{t('evidence.required')}</span>}
      </p>
      {previewUrl && <img className="slot-preview" src={previewUrl} alt={t(`evidence.slots.${slot}`)} />}
      {status && (
        <p className={`slot-status slot-${state.kind}`} role="status">
          {status}
        </p>
      )}
      {state.kind === 'uploading' && <ProgressBar percent={state.percent} />}
      <div className="slot-actions">
        <label className="slot-pick" htmlFor={inputId}>
          {state.kind === 'empty' ? t('evidence.take') : t('evidence.retake')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="image/*,application/pdf"
          capture="environment"
          data-slot={slot}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onPick(file);
            event.target.value = '';
          }}
        />
        {state.kind === 'failed' && onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        )}
      </div>
    </section>
  );
}
