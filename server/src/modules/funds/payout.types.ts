import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ARRIVAL_STATUSES,
  PAYOUT_BATCH_STATUSES,
  type ArrivalStatus,
  type DisbursementMethod,
  type PayoutBatchStatus,
} from '@bangfu/shared';
import { asEnum, FenScalar } from '../../common/graphql.js';
import { DisbursementMethodEnum } from './fund.types.js';
import type { BankReturnRefusal } from './payout-batch.entity.js';

export const ArrivalStatusEnum = asEnum(ARRIVAL_STATUSES);
export const PayoutBatchStatusEnum = asEnum(PAYOUT_BATCH_STATUSES);
export const PayoutFileFormatEnum = asEnum(['CSV', 'XLSX'] as const);
export const BankReturnRefusalEnum = asEnum([
  'FORMAT',
  'OTHER_BATCH',
  'UNKNOWN_LINE',
  'AMOUNT_DIFFERS',
  'NAME_DIFFERS',
  'ACCOUNT_DIFFERS',
  'LINE_TWICE',
  'ALREADY_RETURNED',
  'UNKNOWN_STATUS',
] as const satisfies readonly BankReturnRefusal[]);
registerEnumType(ArrivalStatusEnum, { name: 'ArrivalStatus', description: '到账情况: IN_TRANSIT 已汇出, ARRIVED 已到账, FAILED 汇款失败' });
registerEnumType(PayoutBatchStatusEnum, { name: 'PayoutBatchStatus' });
registerEnumType(PayoutFileFormatEnum, { name: 'PayoutFileFormat', description: 'CSV in GB18030, or .xlsx' });
registerEnumType(BankReturnRefusalEnum, { name: 'BankReturnRefusal' });

@ObjectType('Payment', { description: 'A payment on a case (or one instalment); bank payments show where the money is' })
export class PaymentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  instalmentNo!: number;

  @Field(() => FenScalar)
  amountFen!: number;

  @Field(() => DisbursementMethodEnum)
  method!: DisbursementMethod;

  @Field(() => Date)
  paidAt!: Date;

  @Field(() => Boolean, { description: 'Reversed: taken back into the fund (a failed transfer, or a correction)' })
  reversed!: boolean;

  @Field(() => ArrivalStatusEnum, { nullable: true, description: 'Bank payments only' })
  arrival!: ArrivalStatus | null;

  @Field(() => Date, { nullable: true })
  arrivedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the bank said of a failed transfer' })
  bankMessage!: string | null;

  @Field(() => String, { nullable: true })
  bankName!: string | null;

  @Field(() => String, { nullable: true })
  accountNumberMasked!: string | null;

  @Field(() => Date, { nullable: true })
  receivedAt!: Date | null;
}

@ObjectType('MoneyInTransit', { description: "A fund's bank payments not yet confirmed by the bank" })
export class MoneyInTransitView {
  @Field(() => Int)
  payments!: number;

  @Field(() => FenScalar)
  amountFen!: number;

  @Field(() => Int, { description: 'Sent more than 7 days ago: to chase with the bank' })
  agedPayments!: number;

  @Field(() => FenScalar)
  agedAmountFen!: number;
}

@ObjectType('PayoutBatchLine')
export class PayoutBatchLineView {
  @Field(() => Int)
  lineNo!: number;

  @Field(() => FenScalar)
  amountFen!: number;

  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true })
  caseNumber!: string | null;

  @Field(() => String)
  holderName!: string;

  @Field(() => String)
  bankName!: string;

  @Field(() => String)
  accountNumberMasked!: string;

  @Field(() => ArrivalStatusEnum, { nullable: true, description: 'Null until a return file settles the line' })
  outcome!: ArrivalStatus | null;

  @Field(() => String, { nullable: true })
  bankMessage!: string | null;
}

@ObjectType('BankReturnRefusedLine')
export class BankReturnRefusedLineView {
  @Field(() => Int, { description: 'The row in the file, the header being row 1' })
  row!: number;

  @Field(() => BankReturnRefusalEnum)
  reason!: BankReturnRefusal;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType('BankReturnReport')
export class BankReturnReportView {
  @Field(() => Int)
  lines!: number;

  @Field(() => Int)
  arrived!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, { description: 'Lines an earlier return had already settled the same way' })
  unchanged!: number;

  @Field(() => [BankReturnRefusedLineView])
  refused!: BankReturnRefusedLineView[];
}

@ObjectType('BankReturn', { description: "A bank's return file (回盘文件) and what its import did" })
export class BankReturnView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => Date)
  uploadedAt!: Date;

  @Field(() => Date, { nullable: true })
  appliedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  jobId!: string | null;

  @Field(() => BankReturnReportView, { nullable: true })
  report!: BankReturnReportView | null;
}

@ObjectType('PayoutBatch', { description: '代发批次: bank payments of one fund, sent to the bank as one file' })
export class PayoutBatchView {
  @Field(() => ID)
  id!: string;

  unitId!: string;

  @Field(() => String, { description: 'On the bank file and every line; the return file names it' })
  reference!: string;

  @Field(() => PayoutBatchStatusEnum)
  status!: PayoutBatchStatus;

  @Field(() => Int)
  lineCount!: number;

  @Field(() => FenScalar)
  totalFen!: number;

  @Field(() => ID)
  createdById!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => ID, { nullable: true })
  approvedById!: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  exportedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  settledAt!: Date | null;
}

@ObjectType('BankPaymentFigures', { description: "Bank payments of the funds in a unit's subtree (到账情况)" })
export class BankPaymentFiguresView {
  @Field(() => Int, { description: 'Sent and not yet answered by the bank, now' })
  inTransit!: number;

  @Field(() => FenScalar)
  inTransitFen!: number;

  @Field(() => Int, { description: 'Of those, sent more than 7 days ago' })
  aged!: number;

  @Field(() => Int, { description: 'Arrived in the period' })
  arrived!: number;

  @Field(() => FenScalar)
  arrivedFen!: number;

  @Field(() => Int, { description: 'Failed and returned to the fund in the period' })
  failed!: number;

  @Field(() => FenScalar)
  failedFen!: number;
}
