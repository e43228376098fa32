import { Arg, Authorized, Ctx, ID, Mutation, Resolver, registerEnumType } from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';
import { asEnum } from '../../common/graphql.js';
import { JobView, toJobView } from '../jobs/job.types.js';
import { PRINT_KINDS, type PrintKind } from './print-forms.js';

const PrintKindEnum = asEnum(PRINT_KINDS);
registerEnumType(PrintKindEnum, {
  name: 'PrintKind',
  description:
    'FILE_CARD 困难职工档案卡 (a file id), APPROVAL_FORM 帮扶审批表 (a case id), NOTICE 公示表 (a unit id: its cases on notice now), ' +
    'ROSTER 花名册 (a campaign roster id), PAYOUT_BATCH 银行代发明细表 (a payout batch id)',
});

@Resolver()
export class PrintResolver {
  @Authorized()
  @Mutation(() => JobView, { description: 'Renders a printed form as an A4 PDF (a job); poll job(id) for the download' })
  async printDocument(
    @Arg('kind', () => PrintKindEnum) kind: PrintKind,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<JobView> {
    return toJobView(await ctx.services.print.start(requireActor(ctx), kind, id));
  }
}
