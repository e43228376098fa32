import { Alert, App, Button, Card, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HARDSHIP_CATEGORIES,
  HARDSHIP_CAUSES,
  SCHOOLING_STAGES,
  type HardshipCategory,
  type HardshipCause,
  type SchoolingStage,
} from '@bangfu/shared/enums';
import { navigate, useSearch } from '../../lib/router';
import { execute } from '../../lib/graphql';
import { formatYuan } from '@bangfu/shared/money';
import { fenToYuan, yuanToFen } from '../../lib/money';
import { optionalYuanRule } from '../amount-rules';
import { CASE_FOR_FILE, CREATE_FILE, FILE, LINK_CASE_FILE, REVEAL_HOUSEHOLD, REVEAL_ID, REVIEW_WITH_FILE, UPDATE_FILE } from './api';
import { RevealReasonModal } from './reveal-reason-modal';

interface MemberValues {
  name: string;
  relation: string;
  idNumber?: string;
  health?: string;
  monthlyIncomeYuan: string;
  schooling?: SchoolingStage;
  isRecipient?: boolean;
}

interface FileValues {
  personName: string;
  idNumber: string;
  phone?: string;
  employerName?: string;
  address?: string;
  category: HardshipCategory;
  causes: HardshipCause[];
  housing?: string;
  minimumLivingYuan?: string;
  members: MemberValues[];
  note?: string;
  identityChecked?: boolean;
}

const blankToNull = (value?: string) => (value?.trim() ? value.trim() : null);

const plainYuan = (fen: number | null | undefined) => (fen == null ? undefined : formatYuan(fen));

/**
 * Opening a file (建档) after the visit, or editing one (动态管理). Editing shows the full ID numbers, which the page
 * fetches through the logged reveals: the file page asks first. The server checks ID numbers and refuses a second
 * open file for the same person. With `?review=<task>&outcome=UPDATE|RECLASSIFY` the edit completes an annual-review
 * task with that outcome instead of a plain update.
 */
export function NewFilePage({ unitId, fileId }: { unitId: string; fileId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FileValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, message: t('apply.required') }];
  const yuanRule = optionalYuanRule(t);

  const [fileUnitId, setFileUnitId] = useState(unitId);
  const queryClient = useQueryClient();
  const search = useSearch();
  const reviewTaskId = search.get('review');
  const reviewOutcome = search.get('outcome') === 'RECLASSIFY' ? 'RECLASSIFY' : 'UPDATE';
  const fromCaseId = search.get('fromCase');
  const [fromCaseHint, setFromCaseHint] = useState<string | null>(null);
  // a file opened for an applicant starts from what they answered when applying
  useEffect(() => {
    if (fileId || !fromCaseId) return;
    void execute(CASE_FOR_FILE, { id: fromCaseId }).then(({ case: aidCase }) => {
      if (!aidCase) return;
      setFileUnitId(aidCase.holder.id);
      form.setFieldsValue({ personName: aidCase.applicantName, causes: aidCase.answers?.causes ?? [] });
      const answers = aidCase.answers;
      if (answers) {
        setFromCaseHint(
          t('console.case.fromCase', {
            size: answers.householdSize ? t('console.case.persons', { count: answers.householdSize }) : '—',
            income: answers.incomeMasked || answers.monthlyIncomeFen == null ? '—' : `¥${fenToYuan(answers.monthlyIncomeFen)}`,
          }),
        );
      }
    });
  }, [fileId, fromCaseId, form, t]);
  // editing shows the full numbers, so the reason is asked first (domain.md §8)
  const [revealReason, setRevealReason] = useState<string | null>(null);
  useEffect(() => {
    if (!fileId || !revealReason) return;
    void (async () => {
      try {
        const [{ hardshipFile: file }, { revealIdNumber }, { revealHouseholdIdNumbers }] = await Promise.all([
          execute(FILE, { id: fileId }),
          execute(REVEAL_ID, { fileId, reason: revealReason }),
          execute(REVEAL_HOUSEHOLD, { fileId, reason: revealReason }),
        ]);
        if (!file) return;
        setFileUnitId(file.unit.id);
        form.setFieldsValue({
          personName: file.personName,
          idNumber: revealIdNumber,
          phone: file.phone ?? undefined,
          employerName: file.employerName ?? undefined,
          address: file.address ?? undefined,
          category: file.category,
          causes: file.causes,
          housing: file.household.housing ?? undefined,
          minimumLivingYuan: plainYuan(file.household.minimumLivingStandardFen),
          members: file.household.members.map((member, index) => ({
            name: member.name,
            relation: member.relation,
            idNumber: revealHouseholdIdNumbers[index] ?? undefined,
            health: member.health ?? undefined,
            monthlyIncomeYuan: plainYuan(member.monthlyIncomeFen) ?? '0',
            schooling: member.schooling ?? undefined,
            isRecipient: member.isRecipient,
          })),
        });
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    })();
  }, [fileId, form, revealReason]);

  const submit = async (values: FileValues) => {
    setBusy(true);
    setError(null);
    try {
      const input = {
        unitId: fileUnitId,
        personName: values.personName.trim(),
        idNumber: values.idNumber.trim(),
        phone: blankToNull(values.phone),
        employerName: blankToNull(values.employerName),
        address: blankToNull(values.address),
        category: values.category,
        causes: values.causes,
        housing: blankToNull(values.housing),
        minimumLivingStandardFen: values.minimumLivingYuan ? yuanToFen(values.minimumLivingYuan) : null,
        note: blankToNull(values.note),
        identityChecked: Boolean(values.identityChecked),
        members: (values.members ?? []).map((member) => ({
          name: member.name.trim(),
          relation: member.relation.trim(),
          idNumber: blankToNull(member.idNumber),
          health: blankToNull(member.health),
          monthlyIncomeFen: yuanToFen(member.monthlyIncomeYuan) ?? 0,
          schooling: member.schooling ?? null,
          isRecipient: Boolean(member.isRecipient),
        })),
      };
      let id: string;
      if (fileId && reviewTaskId) {
        await execute(REVIEW_WITH_FILE, { taskId: reviewTaskId, outcome: reviewOutcome, input, note: input.note });
        await queryClient.invalidateQueries({ queryKey: ['reviewTasks'] });
        id = fileId;
      } else {
        id = fileId
          ? (await execute(UPDATE_FILE, { id: fileId, input })).updateHardshipFile.id
          : (await execute(CREATE_FILE, { input })).createHardshipFile.id;
      }
      await queryClient.invalidateQueries({ queryKey: ['file', id] });
      await queryClient.invalidateQueries({ queryKey: ['files'] });
      if (fromCaseId && !fileId) {
        // back to the case, which goes on with the file (the file stays if linking is refused, and the case can find it)
        try {
          await execute(LINK_CASE_FILE, { id: fromCaseId, fileId: id });
          void message.success(t('console.case.linked'));
        } catch (caught) {
          void message.error(t('console.case.linkFailed', { reason: caught instanceof Error ? caught.message : String(caught) }));
        }
        await queryClient.invalidateQueries({ queryKey: ['staffCase', fromCaseId] });
        navigate(`/console/cases/${fromCaseId}`, { replace: true });
        return;
      }
      navigate(`/console/files/${id}?unit=${unitId}`, { replace: true });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-file-title">
      <Typography.Title level={2} id="new-file-title" style={{ fontSize: 22 }}>
        {fileId ? t('console.files.edit') : t('console.files.create')}
      </Typography.Title>
      {fromCaseHint && <Alert type="info" title={fromCaseHint} style={{ marginBottom: 16 }} data-testid="from-case-hint" />}
      <Card>
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ category: 'RELATIVE', causes: [], members: [] }}
          style={{ maxWidth: 880 }}
        >
          <Space size="large" wrap align="start">
            <Form.Item label={t('auth.name')} name="personName" rules={required}>
              <Input />
            </Form.Item>
            <Form.Item label={t('auth.idNumber')} name="idNumber" rules={required}>
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item name="identityChecked" valuePropName="checked" style={{ alignSelf: 'end' }}>
              <Checkbox>{t('console.identity.fileChecked')}</Checkbox>
            </Form.Item>
            <Form.Item label={t('auth.phone')} name="phone">
              <Input />
            </Form.Item>
            <Form.Item label={t('console.files.employer')} name="employerName">
              <Input />
            </Form.Item>
          </Space>
          <Form.Item label={t('console.files.address')} name="address">
            <Input />
          </Form.Item>
          <Space size="large" wrap align="start">
            <Form.Item label={t('file.category')} name="category" rules={required}>
              <Select
                style={{ width: 180 }}
                options={HARDSHIP_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('file.causes')} name="causes" rules={[{ type: 'array', min: 1, message: t('apply.required') }]}>
              <Select
                mode="multiple"
                style={{ minWidth: 320 }}
                options={HARDSHIP_CAUSES.map((cause) => ({ value: cause, label: t(`causes.${cause}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('console.files.minimumLiving')} name="minimumLivingYuan" rules={[yuanRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item label={t('console.files.housing')} name="housing">
              <Input />
            </Form.Item>
          </Space>
          <Typography.Title level={3} style={{ fontSize: 17 }}>
            {t('console.case.household')}
          </Typography.Title>
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="start">
                    <Form.Item label={t('auth.name')} name={[field.name, 'name']} rules={required}>
                      <Input />
                    </Form.Item>
                    <Form.Item label={t('console.case.relation')} name={[field.name, 'relation']} rules={required}>
                      <Input style={{ width: 100 }} />
                    </Form.Item>
                    <Form.Item label={t('auth.idNumber')} name={[field.name, 'idNumber']}>
                      <Input maxLength={18} />
                    </Form.Item>
                    <Form.Item label={t('console.files.health')} name={[field.name, 'health']}>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      label={t('console.case.monthlyIncome')}
                      name={[field.name, 'monthlyIncomeYuan']}
                      rules={[...required, yuanRule]}
                    >
                      <Input inputMode="decimal" style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item label={t('console.files.schooling')} name={[field.name, 'schooling']}>
                      <Select
                        allowClear
                        style={{ width: 140 }}
                        options={SCHOOLING_STAGES.map((stage) => ({ value: stage, label: t(`schooling.${stage}`) }))}
                      />
                    </Form.Item>
                    <Form.Item label=" " name={[field.name, 'isRecipient']} valuePropName="checked">
                      <Checkbox>{t('console.files.recipient')}</Checkbox>
                    </Form.Item>
                    <Form.Item label=" ">
                      <Button onClick={() => remove(field.name)}>{t('console.files.removeMember')}</Button>
                    </Form.Item>
                  </Space>
                ))}
                <Button onClick={() => add({ monthlyIncomeYuan: '0' })} style={{ marginBottom: 16 }}>
                  {t('console.files.addMember')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item label={t('console.fields.note')} name="note">
            <Input.TextArea rows={2} />
          </Form.Item>
          {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('console.fields.submit')}
            </Button>
            <Button onClick={() => history.back()}>{t('app.cancel')}</Button>
          </Space>
        </Form>
      </Card>
      <RevealReasonModal
        open={Boolean(fileId) && !revealReason}
        title={t('console.files.editRevealTitle')}
        onCancel={() => history.back()}
        onConfirm={setRevealReason}
      />
    </section>
  );
}
