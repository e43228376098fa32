import { Button, Dialog, Input, TextArea } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AID_TYPES,
  evidenceSlotsFor,
  HARDSHIP_CAUSES,
  requiredEvidenceFor,
  type AidType,
  type EvidenceSlot,
  type HardshipCause,
} from '@bangfu/shared/enums';
import { caseReference } from '@bangfu/shared/case-reference';
import { CheckboxList, CheckboxRow, RadioList } from '../../components/choices';
import { EvidenceSlotCard } from '../../components/evidence-slot';
import { Field } from '../../components/field';
import { Page } from '../../components/page';
import { ToneTag } from '../../components/status-tag';
import { Link, navigate } from '../../../lib/router';
import { formatClock } from '../../../lib/dates';
import { execute } from '../../../lib/graphql';
import { compressImage } from '../../../lib/image';
import { newClientId } from '../../../lib/ids';
import { photoBlob, type DraftRecord, type PhotoRecord } from './offline/db';
import { deleteDraft, emptyDraft, putPhoto, saveDraft } from './offline/drafts';
import { drainOutbox, queueSubmission } from './offline/outbox';
import { apiTransport } from './offline/transport';
import { currentDb, useOfflineData } from './offline/use-offline';
import { MY_FILE_ID } from './api';
import { isComplete, nextAfter, problemWith, sectionsFor, sectionStatus, type QuestionId } from './questions';
import { useDraft } from './use-draft';

const base = (clientId: string) => `/apply/${clientId}`;

/** Starts a new application, linked to the worker's file when the phone can find out which it is. */
export function NewApplicationPage() {
  const { t } = useTranslation();
  useEffect(() => {
    let active = true;
    void (async () => {
      const fileId = await execute(MY_FILE_ID)
        .then((data) => data.myHardshipFile?.id ?? null)
        .catch(() => null);
      const draft = await saveDraft(await currentDb(), emptyDraft(null, fileId));
      if (active) navigate(base(draft.clientId), { replace: true });
    })();
    return () => {
      active = false;
    };
  }, []);
  return (
    <Page title={t('apply.title')}>
      <p>{t('app.loading')}</p>
    </Page>
  );
}

function SavedNote({ savedAt }: { savedAt: number | null }) {
  const { t } = useTranslation();
  return savedAt ? (
    <p className="saved-note" role="status">
      {t('apply.savedAt', { time: formatClock(savedAt) })}
    </p>
  ) : null;
}

function useLoadedDraft(clientId: string) {
  const state = useDraft(clientId);
  useEffect(() => {
    // a submitted application cannot be edited any more; its page is the confirmation
    if (state.draft?.state === 'submitted') navigate(`${base(clientId)}/done`, { replace: true });
  }, [state.draft?.state, clientId]);
  return state;
}

/** The task list (GOV.UK "complete multiple tasks"): each section with its status, in any order, over several visits. */
export function TaskListPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { draft, photos, savedAt } = useLoadedDraft(clientId);
  if (draft === undefined)
    return (
      <Page title={t('apply.title')}>
        <p>{t('app.loading')}</p>
      </Page>
    );
  if (draft === null)
    return (
      <Page title={t('apply.title')} onBack={() => navigate('/')}>
        <p>{t('app.errorLoad')}</p>
      </Page>
    );

  const discard = async () => {
    if (await Dialog.confirm({ content: t('apply.discardConfirm'), confirmText: t('apply.discard'), cancelText: t('app.cancel') })) {
      await deleteDraft(await currentDb(), clientId);
      navigate('/', { replace: true });
    }
  };
  const tone = { notStarted: 'stopped', inProgress: 'action', completed: 'done' } as const;
  return (
    <Page title={t('apply.title')} onBack={() => navigate('/')}>
      <p>{t('apply.taskList')}</p>
      <SavedNote savedAt={savedAt} />
      <ul className="case-list">
        {sectionsFor(draft).map((section) => {
          const status = sectionStatus(section.questions, draft, photos);
          return (
            <li key={section.id}>
              <Link className="case-item" to={`${base(clientId)}/q/${section.questions[0]}`}>
                <span className="case-item-title">{t(`apply.sections.${section.id}`)}</span>
                <ToneTag tone={tone[status]}>{t(`apply.${status}`)}</ToneTag>
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="stack">
        <Button
          block
          color="primary"
          size="large"
          disabled={!isComplete(draft, photos)}
          onClick={() => navigate(`${base(clientId)}/check`)}
        >
          {t('apply.checkAnswers')}
        </Button>
        <Button block fill="none" onClick={discard}>
          {t('apply.discard')}
        </Button>
      </div>
    </Page>
  );
}

/** One question per page; every keystroke is saved on the phone. */
export function QuestionPage({ clientId, question }: { clientId: string; question: QuestionId }) {
  const { t } = useTranslation();
  const { draft, photos, savedAt, update } = useLoadedDraft(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  if (!draft)
    return (
      <Page title={t('apply.title')}>
        <p>{t('app.loading')}</p>
      </Page>
    );

  const proceed = () => {
    const found = problemWith(question, draft, photos);
    setProblem(found);
    if (found) return;
    const next = nextAfter(question, draft);
    navigate(next ? `${base(clientId)}/q/${next}` : base(clientId));
  };
  const fieldId = `q-${question}`;
  const error = problem ? t(problem) : null;

  return (
    <Page title={t('apply.title')} onBack={() => navigate(base(clientId))}>
      <form className="stack" onSubmit={(event) => (event.preventDefault(), proceed())} noValidate>
        {question === 'type' && (
          <fieldset className="question">
            <legend className="question-title">{t('apply.questions.type')}</legend>
            <RadioList<AidType>
              name="type"
              value={draft.type}
              onChange={(type) => void update({ type })}
              options={AID_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
            />
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
          </fieldset>
        )}
        {question === 'causes' && (
          <fieldset className="question">
            <legend className="question-title">{t('apply.questions.causes')}</legend>
            <CheckboxList<HardshipCause>
              values={draft.causes}
              onChange={(causes) => void update({ causes })}
              options={HARDSHIP_CAUSES.map((cause) => ({ value: cause, label: t(`causes.${cause}`) }))}
            />
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
          </fieldset>
        )}
        {question === 'story' && (
          <Field id={fieldId} label={t('apply.questions.story')} hint={t('apply.storyHint')} error={error}>
            <TextArea id={fieldId} rows={6} maxLength={2000} showCount value={draft.story} onChange={(story) => void update({ story })} />
          </Field>
        )}
        {question === 'householdSize' && (
          <Field id={fieldId} label={t('apply.questions.householdSize')} error={error}>
            <Input
              id={fieldId}
              inputMode="numeric"
              value={draft.householdSize}
              onChange={(householdSize) => void update({ householdSize })}
            />
          </Field>
        )}
        {question === 'monthlyIncome' && (
          <Field id={fieldId} label={t('apply.questions.monthlyIncome')} error={error}>
            <Input
              id={fieldId}
              inputMode="decimal"
              value={draft.monthlyIncomeYuan}
              onChange={(monthlyIncomeYuan) => void update({ monthlyIncomeYuan })}
            />
          </Field>
        )}
        {question === 'amount' && (
          <Field id={fieldId} label={t('apply.questions.amount')} error={error}>
            <Input id={fieldId} inputMode="decimal" value={draft.amountYuan} onChange={(amountYuan) => void update({ amountYuan })} />
          </Field>
        )}
        {question === 'evidence' && <EvidenceQuestion draft={draft} photos={photos} error={error} />}
        <SavedNote savedAt={savedAt} />
        <Button block color="primary" size="large" type="submit">
          {t('app.next')}
        </Button>
      </form>
    </Page>
  );
}

/** Photos are compressed and kept on the phone; the outbox uploads them with the application. */
function EvidenceQuestion({ draft, photos, error }: { draft: DraftRecord; photos: PhotoRecord[]; error: string | null }) {
  const { t } = useTranslation();
  const add = async (slot: EvidenceSlot, file: File) => {
    const db = await currentDb();
    const blob = await compressImage(file);
    const replaced = photos.find((photo) => photo.slot === slot);
    if (replaced) await db.delete('photos', replaced.uploadKey);
    await putPhoto(db, {
      uploadKey: newClientId(24),
      clientId: draft.clientId,
      slot,
      bytes: await blob.arrayBuffer(),
      contentType: blob.type,
      uploaded: false,
      addedAt: Date.now(),
    });
  };
  return (
    <fieldset className="question">
      <legend className="question-title">{t('apply.questions.evidence')}</legend>
      <p className="field-hint">{t('apply.evidenceHint')}</p>
      {evidenceSlotsFor(draft.type ?? 'OTHER').map((slot) => {
        const photo = photos.find((candidate) => candidate.slot === slot);
        return (
          <EvidenceSlotCard
            key={slot}
            slot={slot}
            required={requiredEvidenceFor(draft.type ?? 'OTHER').includes(slot)}
            preview={photo ? { key: photo.uploadKey, blob: () => photoBlob(photo) } : null}
            state={photo ? { kind: photo.uploaded ? 'uploaded' : 'waiting' } : { kind: 'empty' }}
            onPick={(file) => void add(slot, file)}
          />
        );
      })}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Check your answers, each with a link back to its question. */
export function CheckAnswersPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { draft, photos } = useLoadedDraft(clientId);
  if (!draft)
    return (
      <Page title={t('apply.checkAnswers')}>
        <p>{t('app.loading')}</p>
      </Page>
    );
  const answers: [QuestionId, string][] = [
    ['type', draft.type ? t(`types.${draft.type}`) : ''],
    ['causes', draft.causes.map((cause) => t(`causes.${cause}`)).join('、')],
    ['story', draft.story],
    ['householdSize', draft.householdSize],
    ['monthlyIncome', `¥${draft.monthlyIncomeYuan}`],
    ...(sectionsFor(draft).some((section) => section.id === 'amount') ? [['amount', `¥${draft.amountYuan}`] as [QuestionId, string]] : []),
    ['evidence', photos.map((photo) => t(`evidence.slots.${photo.slot}`)).join('；')],
  ];
  return (
    <Page title={t('apply.checkAnswers')} onBack={() => navigate(base(clientId))}>
      <dl className="answers">
        {answers.map(([question, answer]) => (
          <div key={question} className="answer">
            <dt>{t(`apply.questions.${question}`)}</dt>
            <dd>{answer}</dd>
            <dd>
              <Link className="text-link" to={`${base(clientId)}/q/${question}`}>
                {t('apply.change')}
                <span className="visually-hidden"> {t(`apply.questions.${question}`)}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <Button block color="primary" size="large" onClick={() => navigate(`${base(clientId)}/declare`)}>
        {t('app.next')}
      </Button>
    </Page>
  );
}

/** The declaration, then the submission goes into the outbox and is sent at once when there is a connection. */
export function DeclarationPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { draft, photos, update } = useLoadedDraft(clientId);
  const [busy, setBusy] = useState(false);
  if (!draft)
    return (
      <Page title={t('apply.declaration')}>
        <p>{t('app.loading')}</p>
      </Page>
    );
  const submit = async () => {
    setBusy(true);
    const db = await currentDb();
    await update({ declared: true });
    await queueSubmission(db, clientId);
    navigate(`${base(clientId)}/done`, { replace: true });
    if (navigator.onLine) void drainOutbox(db, apiTransport);
  };
  return (
    <Page title={t('apply.declaration')} onBack={() => navigate(`${base(clientId)}/check`)}>
      <div className="stack">
        <p className="declaration">{t('apply.declarationText')}</p>
        <CheckboxRow checked={draft.declared} onChange={(declared) => void update({ declared })}>
          {t('apply.declare')}
        </CheckboxRow>
        <Button
          block
          color="primary"
          size="large"
          disabled={!draft.declared || !isComplete(draft, photos) || busy}
          loading={busy}
          onClick={submit}
        >
          {t('apply.submit')}
        </Button>
      </div>
    </Page>
  );
}

/** The confirmation page: the reference big, the submission's state, and what happens next. */
export function ConfirmationPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const record = useOfflineData((db) => db.get('outbox', clientId), undefined);
  const sent = record?.state === 'done';
  return (
    <Page title={sent ? t('apply.doneTitle') : t('apply.doneQueued')}>
      <div className="confirmation" role="status">
        <p className="confirmation-label">{t('apply.reference')}</p>
        <p className="confirmation-reference" data-testid="reference">
          {caseReference(clientId)}
        </p>
        <p>
          {sent
            ? t('outbox.done')
            : record?.state === 'failed'
              ? `${t('outbox.failed')}：${record.error ?? ''}`
              : record?.state === 'sending'
                ? t('outbox.sending')
                : t('apply.submitQueued')}
        </p>
      </div>
      <h2 className="section-title">{t('apply.whatNext')}</h2>
      <ol className="next-steps">
        <li>{t('apply.next1')}</li>
        <li>{t('apply.next2')}</li>
        <li>{t('apply.next3')}</li>
      </ol>
      <div className="stack">
        {sent && record?.caseId && (
          <Button block color="primary" size="large" onClick={() => navigate(`/cases/${record.caseId}`)}>
            {t('apply.viewCase')}
          </Button>
        )}
        <Button block size="large" onClick={() => navigate('/')}>
          {t('apply.toHome')}
        </Button>
      </div>
    </Page>
  );
}
