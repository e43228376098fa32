import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { HARDSHIP_CATEGORIES, MONEY_AID_TYPES } from '@bangfu/shared/enums';
import { execute } from '../../lib/graphql';
import { yuanToFen } from '../../lib/money';
import { optionalYuanRule, positiveYuanRule } from '../amount-rules';
import { CREATE_AID_CAMPAIGN } from './api';
import { FormDialog } from './form-dialog';

const KINDS = ['SPRING_FESTIVAL', 'AUTUMN_EDUCATION', 'SUMMER', 'DISASTER_RELIEF', 'OTHER'] as const;
const fen = (value: unknown) => yuanToFen(String(value ?? '')) ?? 0;

/** A union admin's new campaign for the unit's subtree; its own quota is the households and budget given here. */
export function CampaignForm({
  open,
  unitId,
  onClose,
  onCreated,
}: {
  open: boolean;
  unitId: string;
  onClose: () => void;
  onCreated: (id: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const submit = async () => {
    const values = await form.validateFields();
    const [opens, closes] = values.period as [dayjs.Dayjs, dayjs.Dayjs];
    const { createCampaign } = await execute(CREATE_AID_CAMPAIGN, {
      input: {
        unitId,
        kind: values.kind,
        title: values.title,
        aidType: values.aidType,
        standardAmounts: HARDSHIP_CATEGORIES.filter((category) => values[`standard_${category}`]).map((category) => ({
          category,
          amountFen: fen(values[`standard_${category}`]),
        })),
        minAmountFen: fen(values.min),
        maxAmountFen: fen(values.max),
        households: values.households,
        budgetFen: fen(values.budget),
        opensAt: opens.startOf('day').toISOString(),
        closesAt: closes.endOf('day').toISOString(),
        noticeDays: values.noticeDays,
        countsTowardCap: Boolean(values.countsTowardCap),
      },
    });
    form.resetFields();
    await onCreated(createCampaign.id);
  };
  return (
    <FormDialog open={open} width={640} title={t('console.campaigns.create')} onSubmit={submit} onClose={onClose}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'SPRING_FESTIVAL', aidType: 'LIVING', noticeDays: 5, period: [dayjs(), dayjs().add(1, 'month')] }}
      >
        <Form.Item label={t('console.campaigns.kind')} name="kind" rules={[{ required: true }]}>
          <Select options={KINDS.map((kind) => ({ value: kind, label: t(`campaignKinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item label={t('console.campaigns.titleField')} name="title" rules={[{ required: true, min: 2, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('console.campaigns.aidType')} name="aidType" rules={[{ required: true }]}>
          <Select options={MONEY_AID_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))} />
        </Form.Item>
        <fieldset className="form-group">
          <legend>{t('console.campaigns.standardsHelp')}</legend>
          {HARDSHIP_CATEGORIES.map((category) => (
            <Form.Item key={category} label={t(`categories.${category}`)} name={`standard_${category}`} rules={[optionalYuanRule(t)]}>
              <Input inputMode="decimal" suffix="元" />
            </Form.Item>
          ))}
        </fieldset>
        <Form.Item label={t('console.campaigns.min')} name="min" rules={[{ required: true }, positiveYuanRule(t)]}>
          <Input inputMode="decimal" suffix="元" />
        </Form.Item>
        <Form.Item label={t('console.campaigns.max')} name="max" rules={[{ required: true }, positiveYuanRule(t)]}>
          <Input inputMode="decimal" suffix="元" />
        </Form.Item>
        <Form.Item label={t('console.campaigns.householdsField')} name="households" rules={[{ required: true }]}>
          <InputNumber min={1} max={10_000_000} />
        </Form.Item>
        <Form.Item label={t('console.campaigns.budget')} name="budget" rules={[{ required: true }, positiveYuanRule(t)]}>
          <Input inputMode="decimal" suffix="元" />
        </Form.Item>
        <Form.Item label={t('console.campaigns.period')} name="period" rules={[{ required: true }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item label={t('console.campaigns.noticeDays')} name="noticeDays" rules={[{ required: true }]}>
          <InputNumber min={0} max={30} />
        </Form.Item>
        <Form.Item name="countsTowardCap" valuePropName="checked">
          <Checkbox>{t('console.campaigns.capYes')}</Checkbox>
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
