import type { EvidenceSlot, Language } from '../enums/index.js';

/** The error codes of the API contract (api-contract.md, Conventions). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT',
  'INSUFFICIENT_FUNDS',
  'LIMIT_EXCEEDED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

type Catalog = Record<string, Record<Language, string>>;

/** Messages keyed by a stable key; `{name}` placeholders are filled from the error's params. */
export const ERROR_MESSAGES = {
  'auth.required': { 'zh-CN': '请先登录', en: 'Please sign in first' },
  'auth.invalidCredentials': { 'zh-CN': '手机号或密码不正确', en: 'The phone number or password is incorrect' },
  'auth.tooManyAttempts': {
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-in attempts; try again in {minutes} minutes',
  },
  'auth.weakPassword': {
    'zh-CN': '密码太简单：请至少 8 位，混用字母、数字、符号中的两种，不要用常见密码',
    en: 'This password is too easy to guess: use at least 8 characters mixing two of letters, digits and symbols, and avoid common passwords',
  },
  'auth.slowDown': {
    'zh-CN': '尝试过于频繁，请 {seconds} 秒后再试',
    en: 'Too many attempts; wait {seconds} s and try again',
  },
  'auth.tooManyRequests': {
    'zh-CN': '操作过于频繁，请 {minutes} 分钟后再试',
    en: 'Too many requests; try again in {minutes} minutes',
  },
  'auth.badCode': {
    'zh-CN': '验证码不正确或已失效，请重新获取',
    en: 'The code is wrong or no longer valid; ask for a new one',
  },
  'auth.receiptCodeNeeded': {
    'zh-CN': '请输入发送到您手机的验证码，确认是本人领取',
    en: 'Enter the code sent to your phone to confirm it is you receiving the money',
  },
  'auth.ownPhoneOnly': {
    'zh-CN': '领取确认验证码只能发送到本人账号的手机',
    en: 'A receipt code is sent only to the phone of the account asking for it',
  },
  'auth.phoneTaken': { 'zh-CN': '该手机号已注册', en: 'This phone number is already registered' },
  'auth.registrationRefused': {
    'zh-CN': '无法用这些信息注册。如果您已有账号，请直接登录；忘记密码请到所在服务站找回',
    en: 'An account cannot be registered with these details. If you already have one, sign in; if you forgot the password, ask your service station',
  },
  'auth.accountDisabled': { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  'auth.wrongPassword': { 'zh-CN': '当前密码不正确', en: 'The current password is incorrect' },
  'user.selfDisable': { 'zh-CN': '不能停用自己的账号', en: 'You cannot disable your own account' },
  forbidden: { 'zh-CN': '没有权限执行此操作', en: 'You are not allowed to do this' },
  notFound: { 'zh-CN': '未找到{entity}', en: '{entity} not found' },
  badInput: { 'zh-CN': '输入有误：{detail}', en: 'Invalid input: {detail}' },
  'badInput.query': { 'zh-CN': '请求格式有误：{detail}', en: 'Malformed request: {detail}' },
  'unit.parentLevel': {
    'zh-CN': '上级单位的层级必须高于本单位',
    en: 'The parent unit must be at a higher level than the unit',
  },
  'unit.parentRequired': { 'zh-CN': '除省级外，单位必须有上级单位', en: 'Every unit below province level needs a parent' },
  'unit.codeTaken': { 'zh-CN': '单位编码 {code} 已被使用', en: 'The unit code {code} is already in use' },
  'unit.closed': { 'zh-CN': '单位“{name}”已撤销', en: 'The unit "{name}" is closed' },
  'unit.closeRoot': { 'zh-CN': '不能撤销最上级单位', en: 'The top unit cannot be closed' },
  'unit.moveTarget': {
    'zh-CN': '承接单位不能是被撤销单位本身或其下级',
    en: 'The receiving unit cannot be the closed unit or one of its descendants',
  },
  'unit.moveTargetLevel': {
    'zh-CN': '承接单位“{name}”的层级必须高于被移交的下级单位',
    en: 'The receiving unit "{name}" must be above the child units it receives',
  },
  'role.alreadyGranted': { 'zh-CN': '该用户已拥有此角色', en: 'The user already holds this role on the unit' },
  'role.alreadyRequested': {
    'zh-CN': '该角色已提交授权，正在等待另一位管理员批准',
    en: 'This role is already waiting for a second operator to approve it',
  },
  'role.selfGrant': { 'zh-CN': '不能给自己授予角色', en: 'You cannot grant a role to yourself' },
  'role.secondOperator': {
    'zh-CN': '授权须由另一位管理员批准：提出授权的人和被授权的人都不能批准',
    en: 'A second operator must decide: neither the one who asked nor the person receiving the role can',
  },
  'user.workerAccount': {
    'zh-CN': '职工账号由职工本人通过短信验证码管理，管理员不能修改',
    en: "A worker's account is managed by the worker with an SMS code; operators cannot change it",
  },
  'role.notGranted': { 'zh-CN': '该用户在此单位没有此角色', en: 'The user does not hold this role on the unit' },
  'role.workerOnly': {
    'zh-CN': '职工角色只能通过职工注册获得',
    en: 'The worker role comes only from worker registration',
  },
  'query.tooDeep': { 'zh-CN': '查询嵌套过深（上限 {max} 层）', en: 'The query is nested too deeply (limit {max})' },
  'query.tooManyAliases': { 'zh-CN': '查询别名过多（上限 {max} 个）', en: 'The query uses too many aliases (limit {max})' },
  'query.tooCostly': {
    'zh-CN': '查询过于复杂（成本 {cost}，上限 {max}）',
    en: 'The query is too complex (cost {cost}, limit {max})',
  },
  'query.batched': { 'zh-CN': '不支持批量请求', en: 'Batched requests are not supported' },
  'file.duplicate': {
    'zh-CN': '该身份证号已在“{unit}”建有困难职工档案',
    en: 'An open hardship file for this ID number is held by "{unit}"',
  },
  'file.householdTaken': {
    'zh-CN': '{name} 已登记在“{unit}”的一份困难职工档案中（一户一档）。如家庭已分开，请先由该单位在原档案中移除此人',
    en: '{name} is already named on an open hardship file held by "{unit}" (one household, one file). If the household has split, that unit removes them from the old file first',
  },
  'reveal.reasonRequired': {
    'zh-CN': '请说明查看完整身份证号的原因（2–200 字）',
    en: 'State why you need the full ID number (2–200 characters)',
  },
  'file.cancelled': { 'zh-CN': '档案已注销，不能修改', en: 'The file is cancelled and cannot be changed' },
  'file.unitMismatch': {
    'zh-CN': '档案归属单位不能在此修改（撤并单位时随单位移交）',
    en: 'A file changes unit only when its unit is closed and its files are moved',
  },
  'case.invalidTransition': {
    'zh-CN': '案件当前状态为“{status}”，不能执行“{action}”',
    en: 'The case is {status}; "{action}" is not possible now',
  },
  'case.segregation': {
    'zh-CN': '提出方案的人不能审批同一案件',
    en: 'The person who proposed a case cannot approve it',
  },
  'case.overLimit': {
    'zh-CN': '金额 {amount} 元超过本单位审批权限 {limit} 元，请报上一级工会',
    en: "The amount ¥{amount} is above this unit's approval limit of ¥{limit}; escalate it to the parent union",
  },
  'case.overYearlyCap': {
    'zh-CN': '本户本年度该类救助已批 {used} 元，加上本次超过年度上限 {cap} 元',
    en: 'This household already received ¥{used} of this aid this year; with this case it would pass the yearly cap of ¥{cap}',
  },
  'case.needsActiveFile': {
    'zh-CN': '资金救助需要有效的困难职工档案（灾害、意外应急救助除外）',
    en: 'Money aid needs an active hardship file (except emergency disaster and accident aid)',
  },
  'case.hasFile': { 'zh-CN': '该案件已关联困难职工档案', en: 'The case already has a hardship file' },
  'case.fileCancelled': { 'zh-CN': '该档案已注销，不能关联', en: 'The file is cancelled and cannot be linked' },
  'case.fileNotApplicant': {
    'zh-CN': '档案不是本案申请人的（身份证号或姓名不一致）',
    en: "The file is not the applicant's (the ID number or name differs)",
  },
  'case.amendReason': {
    'zh-CN': '修改上报的方案需在备注中说明理由',
    en: 'Amending the proposal that came up needs the reason in the note',
  },
  'case.proposedByYou': {
    'zh-CN': '该方案由您提出，按规定不能由您批准。请分派给本单位另一位负责人审批，或报上一级工会。',
    en: 'You proposed this, so you cannot approve it. Assign it to another head of this unit, or escalate it to the parent union.',
  },
  'case.overLimitHint': {
    'zh-CN': '拟帮扶金额 {amount} 元超过本单位审批权限 {limit} 元，本单位不能批准，请报上一级工会。',
    en: "The proposed ¥{amount} is above this unit's approval limit of ¥{limit}; escalate it to the parent union.",
  },
  'case.noParent': { 'zh-CN': '已是最上级单位，无法再上报', en: 'This is the top unit; there is nowhere to escalate to' },
  'case.amountRequired': { 'zh-CN': '资金救助需填写金额', en: 'Money aid needs an amount' },
  'case.planRequired': { 'zh-CN': '服务类帮扶需填写服务方案', en: 'Service aid needs a service plan' },
  'case.objectionOpen': { 'zh-CN': '已有未处理的异议', en: 'An objection is already open' },
  'case.noObjection': { 'zh-CN': '没有待处理的异议', en: 'There is no open objection' },
  'case.alreadyRated': { 'zh-CN': '已评价过该案件', en: 'The case has already been rated' },
  'case.assigneeNotStaff': {
    'zh-CN': '只能分派给本单位工作人员',
    en: 'Cases can be assigned only to staff of the holding unit',
  },
  'case.evidenceMissing': {
    'zh-CN': '请先上传必需的材料：{evidence}',
    en: 'Upload the required documents first: {evidence}',
  },
  'case.fileRequired': { 'zh-CN': '请先选择困难职工档案或填写申请人姓名', en: 'Choose a hardship file or give the applicant name' },
  'fund.none': { 'zh-CN': '“{name}”没有帮扶资金专户', en: '"{name}" holds no aid fund' },
  'fund.insufficient': {
    'zh-CN': '帮扶资金余额不足（余额 {balance} 元，需要 {amount} 元）',
    en: 'Not enough money in the aid fund (balance ¥{balance}, needed ¥{amount})',
  },
  'fund.foreignDonation': {
    'zh-CN': '帮扶资金不接受境外组织和个人的捐赠',
    en: 'The aid fund accepts donations from domestic organisations and individuals only',
  },
  'fund.conditionalDonation': {
    'zh-CN': '捐赠不得附加任何条件',
    en: 'A donation may not carry conditions',
  },
  'fund.donorRequired': { 'zh-CN': '捐赠须登记捐赠方及其国家或地区', en: "A donation needs the donor and the donor's country" },
  'fund.forbiddenExpense': {
    'zh-CN': '帮扶资金专款专用，只能用于案件救助和站点补助，不得用于{category}',
    en: 'The aid fund is earmarked: it pays aid on cases and grants to stations only, never {category}',
  },
  'fund.caseAidThroughCase': {
    'zh-CN': '案件救助请通过案件发放，以便实名确认',
    en: 'Aid on a case is paid through the case (disburseCase), so the recipient confirms it by name',
  },
  'fund.granteeRequired': {
    'zh-CN': '站点补助须指定受助站点（本单位下级）',
    en: 'A station grant needs a grantee station below this unit',
  },
  'fund.allocationTarget': { 'zh-CN': '只能向下级单位的资金专户划拨', en: 'Funds can be allocated only to a fund of a unit below' },
  'fund.alreadyReversed': { 'zh-CN': '该笔记账已冲正', en: 'This transaction has already been reversed' },
  'fund.reverseReversal': { 'zh-CN': '冲正记录不能再冲正', en: 'A reversal cannot itself be reversed' },
  'fund.receiptConfirmed': { 'zh-CN': '已确认领取，不能冲正', en: 'The recipient already confirmed receipt; it cannot be reversed' },
  'fund.keyReused': {
    'zh-CN': '该幂等键已用于另一笔业务',
    en: 'This idempotency key was already used for a different request',
  },
  'case.alreadyPaid': { 'zh-CN': '该案件（本期）已发放，不能重复发放', en: 'This case (instalment) has already been paid' },
  'case.payerIsApprover': { 'zh-CN': '审批人不能经办发放', en: 'The person who approved a case cannot pay it' },
  'case.notRecipient': {
    'zh-CN': '只能由领款人本人用自己的账号确认领取',
    en: 'Only the recipient, from their own account, can confirm receipt',
  },
  'case.recipientNotVerified': {
    'zh-CN': '领款人尚未实名核验：请核对其身份证后发放，或先为其账号做实名核验',
    en: "The recipient's identity is not verified: check their ID card at the payout, or verify their account first",
  },
  'identity.reasonRequired': {
    'zh-CN': '请说明释放原因（2–500 字），例如核对了谁的身份证原件',
    en: 'State why the number is released (2–500 characters), e.g. whose ID card was checked',
  },
  'identity.noAccountHolds': {
    'zh-CN': '您管理的单位中没有账号登记了这个身份证号',
    en: 'No account registered in your units holds this ID number',
  },
  'identity.noSuchAccount': {
    'zh-CN': '没有与此手机号和身份证号相符的职工账号',
    en: 'No worker account matches this phone number and ID number',
  },
  'case.recipientNotOnFile': {
    'zh-CN': '领款人必须是档案本人或档案登记的家庭成员',
    en: "The recipient must be the file's person or a household member the file names as recipient",
  },
  'campaign.noQuota': { 'zh-CN': '“{name}”在本次活动中没有分配名额', en: '"{name}" has no quota in this campaign' },
  'campaign.notChild': { 'zh-CN': '只能给“{name}”的直属下级单位分配名额', en: 'Quotas go to the direct child units of "{name}" only' },
  'campaign.overQuota': {
    'zh-CN': '超出可分配名额：还可分配 {households} 户、{amount} 元',
    en: 'Over the quota: {households} households and ¥{amount} are left',
  },
  'campaign.belowUse': {
    'zh-CN': '“{name}”已下拨或已列入花名册的户数或金额多于新的名额',
    en: '"{name}" has already handed on or rostered more than the new quota',
  },
  'campaign.closed': { 'zh-CN': '该帮扶活动已结束', en: 'This campaign is closed' },
  'roster.notEditable': {
    'zh-CN': '花名册正在生成、已上报或已批准，不能修改',
    en: 'The roster is being built, submitted or approved; it cannot be changed',
  },
  'roster.building': { 'zh-CN': '花名册正在生成，请稍候', en: 'The roster is being built; wait a moment' },
  'roster.fileNotActive': { 'zh-CN': '只有状态正常的档案可以列入花名册', en: 'Only ACTIVE files can go on a roster' },
  'roster.amountRequired': { 'zh-CN': '该类别没有标准金额，请填写金额', en: 'This category has no standard amount; give one' },
  'roster.amountOutOfRange': {
    'zh-CN': '金额须在 {min} 元至 {max} 元之间',
    en: 'The amount must be between ¥{min} and ¥{max}',
  },
  'roster.reasonRequired': {
    'zh-CN': '不符合活动条件或金额不同于标准的，须写明理由',
    en: 'A household outside the rule or an amount other than the standard needs a written reason',
  },
  'roster.fileListed': { 'zh-CN': '该档案已在本次活动的花名册上', en: 'This file is already on a roster of this campaign' },
  'roster.entryRemoved': { 'zh-CN': '该户已从花名册移除', en: 'This household was already removed from the roster' },
  'roster.approverBuilt': {
    'zh-CN': '花名册由您生成或上报，按规定不能由您批准，请由本单位另一位负责人审批',
    en: 'You built or submitted this roster, so you cannot approve it; another head of the unit approves it',
  },
  'roster.notSubmitted': { 'zh-CN': '花名册尚未上报，或已处理', en: 'The roster is not waiting for a decision' },
  'roster.filesNotActive': {
    'zh-CN': '花名册上有 {count} 户的档案已不是正常状态，请先移除后再批准',
    en: '{count} households on the roster no longer have an ACTIVE file; take them off before approving',
  },
  'roster.empty': { 'zh-CN': '花名册是空的，不能上报', en: 'The roster is empty; there is nothing to submit' },
  'roster.overYearlyCap': {
    'zh-CN': '花名册上有 {count} 户的本次金额会超过家庭年度救助限额（{cap} 元）：请调整金额或移除后再审批',
    en: '{count} households on the roster would go over the yearly household cap (¥{cap}): change their amounts or take them off first',
  },
  'roster.notApproved': { 'zh-CN': '花名册尚未审批通过，不能发放', en: 'The roster is not approved; it cannot be paid' },
  'roster.inNotice': {
    'zh-CN': '花名册公示期到 {date} 结束，结束后才能发放',
    en: 'The roster is on public notice until {date}; it can be paid after that',
  },
  'roster.cashAtCounter': {
    'zh-CN': '现金须当面逐户发放并核对身份证，请在每户的帮扶事项中登记发放',
    en: 'Cash is handed over in person with an ID check: record it on each household’s case',
  },
  'campaign.fundOutside': {
    'zh-CN': '“{name}”不是本活动单位或其下级持有的帮扶资金',
    en: '"{name}" is not an aid fund held by the campaign’s unit or a unit below it',
  },
  'campaign.noFundFor': {
    'zh-CN': '本活动没有指定能为“{name}”发放的资金',
    en: 'None of the campaign’s funds pays for "{name}"',
  },
  'payee.cardDigits': {
    'zh-CN': '银行卡号应为 16 至 19 位数字',
    en: 'A bank card number has 16 to 19 digits',
  },
  'payee.cardCheck': {
    'zh-CN': '银行卡号校验位不对，请核对卡号',
    en: 'The card number fails its check digit: check it against the card',
  },
  'payee.bankName': { 'zh-CN': '请填写开户银行', en: 'Give the bank the account is held with' },
  'payee.holderNotOnFile': {
    'zh-CN': '户名须是档案本人或档案登记为领款人的家庭成员（实名制）',
    en: "The account holder must be the file's person or a household member the file names as recipient",
  },
  'payee.noAccount': {
    'zh-CN': '档案没有登记收款银行账户，请先登记，或改用现金当面发放',
    en: 'The file has no payee bank account: record one first, or pay in cash in person',
  },
  'payee.holderNotVerified': {
    'zh-CN': '收款账户户名“{name}”的身份尚未核验，请先到站点核验身份证',
    en: 'The account holder "{name}" is not verified yet: check their ID card at the station first',
  },
  'payee.holderIsRecipient': {
    'zh-CN': '银行代发的领款人就是收款账户户名“{name}”；要付给别人，请先更改收款账户',
    en: 'A bank payment goes to the account holder "{name}"; to pay someone else, change the payee account first',
  },
  'case.notArrived': {
    'zh-CN': '银行尚未确认到账，到账后才能确认收到',
    en: 'The bank has not confirmed the money arrived; confirm receipt once it has',
  },
  'payout.bankPaymentReversal': {
    'zh-CN': '银行代发的款项以银行回盘为准：到账的已入账，失败的会自动退回资金账户，不能手工冲正',
    en: "A bank payment is settled by the bank's return: arrived ones are paid, failed ones go back to the fund by themselves; it cannot be reversed by hand",
  },
  'payout.nothingInTransit': { 'zh-CN': '没有待报送银行的代发款项', en: 'No bank payments are waiting to go to the bank' },
  'payout.notDraft': { 'zh-CN': '该批次已审批或已作废', en: 'This batch is already approved or cancelled' },
  'payout.approverCreated': {
    'zh-CN': '批次由您编制，按规定须由另一人审批',
    en: 'You drew up this batch, so another person approves it',
  },
  'payout.notApproved': { 'zh-CN': '批次尚未审批，不能导出', en: 'The batch is not approved; it cannot be exported yet' },
  'payout.notExported': {
    'zh-CN': '批次尚未导出给银行，不能导入回盘',
    en: 'The batch has not gone to the bank yet; there is no return to import',
  },
  'payout.settled': { 'zh-CN': '批次已全部回盘', en: 'Every line of this batch has its return already' },
  'payout.emptyFile': { 'zh-CN': '回盘文件是空的', en: 'The return file is empty' },
  'payout.fileTooLarge': { 'zh-CN': '回盘文件超过 {max}', en: 'The return file is larger than {max}' },
  'return.badPeriod': {
    'zh-CN': '报送期间应写作 2026-03（月）、2026-Q1（季）或 2026（年）',
    en: 'A reporting period is written 2026-03 (month), 2026-Q1 (quarter) or 2026 (year)',
  },
  'return.periodOpen': { 'zh-CN': '{period} 尚未结束，结束后才能上报', en: '{period} has not ended yet; report it once it has' },
  'return.pending': {
    'zh-CN': '本期报表已上报，等待上级审核',
    en: 'This return is already submitted and waiting for the union above',
  },
  'return.correctionReason': {
    'zh-CN': '本期报表已被上级接收，更正须写明理由',
    en: 'This return was accepted; a correction needs its reason',
  },
  'return.childrenFirst': {
    'zh-CN': '下级单位的报表尚未全部被接收：{names}。请先审核，或逐一说明缺报原因',
    en: 'Returns of units below are not all accepted yet: {names}. Decide them first, or say why each is missing',
  },
  'return.notSubmitted': { 'zh-CN': '该报表不在待审核状态', en: 'This return is not waiting for a decision' },
  'exchange.nothingSince': {
    'zh-CN': '自 {since} 以来没有可导出的时间段（最近的变动需稍候再导出）',
    en: 'There is no time to export since {since} (the latest changes are exported a little later)',
  },
  'roll.empty': { 'zh-CN': '名单文件是空的', en: 'The roll file is empty' },
  'roll.tooLarge': { 'zh-CN': '名单文件超过 {max}', en: 'The roll file is larger than {max}' },
  'roll.columns': {
    'zh-CN': '名单首行须有列名：姓名、身份证号、救助项目、金额、期间；缺少：{columns}',
    en: "The roll's first row must name its columns (姓名, 身份证号, 救助项目, 金额, 期间); missing: {columns}",
  },
  'roll.imported': { 'zh-CN': '该名单已导入', en: 'This roll has been imported already' },
  'roll.resolved': { 'zh-CN': '该比对结果已处理', en: 'This match has been resolved already' },
  'roll.referralNote': { 'zh-CN': '转交复核须写明原因', en: 'A referral for review needs a note saying why' },
  'exchange.keyChanged': {
    'zh-CN': '接收系统的公钥已更换，请重新导出',
    en: "The receiving system's key has changed since this export started; export again",
  },
  'return.notAccepted': {
    'zh-CN': '报表经上级审核通过后才能导出报送',
    en: 'A return is exported for sending upward once the union above has accepted it',
  },
  'review.exists': { 'zh-CN': '{year} 年度复核已开启', en: 'The {year} review campaign is already open' },
  'review.notOpen': { 'zh-CN': '该复核任务已完成或复核已结束', en: 'This review task is done or its campaign is closed' },
  'assessment.cycleExists': { 'zh-CN': '{year} 年度检查验收已开启', en: 'The {year} assessment cycle is already open' },
  'assessment.districtFirst': { 'zh-CN': '须先由区县评分，再由市级评分', en: 'The district scores first, then the city' },
  'assessment.overPoints': { 'zh-CN': '“{item}”最高 {max} 分', en: '"{item}" scores at most {max} points' },
  'assessment.outsideApplication': {
    'zh-CN': '不在申报期内（{from} 至 {until}）',
    en: 'Outside the application period ({from} to {until})',
  },
  'assessment.notScored': { 'zh-CN': '区县尚未评分，不能申报示范站', en: 'The district has not scored the station yet' },
  'assessment.belowDemonstrationScore': {
    'zh-CN': '区县评分未达到 85 分，不能申报市级示范站',
    en: 'A district score of at least 85 is needed to apply as a demonstration station',
  },
  'assessment.zeroCategory': {
    'zh-CN': '有考核类别得分为零，不能申报示范站',
    en: 'A category scored zero; the station cannot apply',
  },
  'assessment.officeWithoutWindow': {
    'zh-CN': '设在工会机关内且无临街窗口的站点不能申报示范站',
    en: 'A station inside a union office without a street-facing window cannot apply',
  },
  'assessment.notApplied': { 'zh-CN': '该站点尚未申报', en: 'The station has not applied' },
  'assessment.decided': { 'zh-CN': '已作出不同的决定', en: 'A different decision has already been made' },
  'job.notFound': { 'zh-CN': '未找到任务', en: 'Job not found' },
  'job.expired': { 'zh-CN': '导出文件已过期删除，请重新导出', en: 'The export file has expired and was deleted; export again' },
  'document.tooLarge': { 'zh-CN': '文件过大，最大 {max}', en: 'The file is too large (at most {max})' },
  'document.badType': { 'zh-CN': '只能上传照片（JPEG、PNG、WebP）或 PDF', en: 'Only photos (JPEG, PNG, WebP) or PDF can be uploaded' },
  'document.closed': { 'zh-CN': '该案件当前不能补充材料', en: 'Documents cannot be added to the case at this stage' },
  'document.tooMany': { 'zh-CN': '每个案件最多 {max} 份材料', en: 'A case holds at most {max} documents' },
  internal: {
    'zh-CN': '服务器内部错误（编号 {correlationId}）',
    en: 'Internal error (reference {correlationId})',
  },
} satisfies Catalog;

export type MessageKey = keyof typeof ERROR_MESSAGES;
export type MessageParams = Record<string, string | number>;

const ENTITY_NAMES: Record<string, Record<Language, string>> = {
  unit: { 'zh-CN': '单位', en: 'Unit' },
  user: { 'zh-CN': '用户', en: 'User' },
  roleGrantRequest: { 'zh-CN': '授权申请', en: 'Role request' },
  job: { 'zh-CN': '任务', en: 'Job' },
  file: { 'zh-CN': '档案', en: 'Hardship file' },
  case: { 'zh-CN': '案件', en: 'Case' },
  entry: { 'zh-CN': '记账记录', en: 'Ledger entry' },
  campaign: { 'zh-CN': '复核活动', en: 'Review campaign' },
  task: { 'zh-CN': '复核任务', en: 'Review task' },
  aidCampaign: { 'zh-CN': '帮扶活动', en: 'Aid campaign' },
  roster: { 'zh-CN': '花名册', en: 'Roster' },
  rosterEntry: { 'zh-CN': '花名册条目', en: 'Roster entry' },
  assessment: { 'zh-CN': '检查验收', en: 'Assessment' },
  payeeAccount: { 'zh-CN': '收款账户', en: 'Payee account' },
  payoutBatch: { 'zh-CN': '代发批次', en: 'Payout batch' },
  statReport: { 'zh-CN': '统计报表', en: 'Statistical return' },
  bankReturn: { 'zh-CN': '银行回盘文件', en: 'Bank return file' },
};

const EVIDENCE_NAMES: Record<EvidenceSlot, Record<Language, string>> = {
  ID_CARD: { 'zh-CN': '身份证', en: 'ID card' },
  HARDSHIP_PROOF: { 'zh-CN': '困难情况证明', en: 'proof of hardship' },
  MEDICAL_RECORD: { 'zh-CN': '医疗费用票据或诊断证明', en: 'medical bills or diagnosis' },
  SCHOOL_ENROLLMENT: { 'zh-CN': '录取通知书或在校证明', en: 'school enrolment' },
  DISASTER_PROOF: { 'zh-CN': '受灾或事故证明', en: 'proof of the disaster or accident' },
  INCOME_PROOF: { 'zh-CN': '家庭收入证明', en: 'household income proof' },
  OTHER: { 'zh-CN': '其他材料', en: 'other documents' },
};

export function translate(key: MessageKey, lang: Language, params: MessageParams = {}): string {
  const template = ERROR_MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (name === 'entity' && typeof value === 'string') return ENTITY_NAMES[value]?.[lang] ?? value;
    if (name === 'evidence' && typeof value === 'string')
      return value
        .split(',')
        .map((slot) => EVIDENCE_NAMES[slot as EvidenceSlot]?.[lang] ?? slot)
        .join(lang === 'zh-CN' ? '、' : ', ');
    return value === undefined ? '' : String(value);
  });
}

/** Picks zh-CN or en from an Accept-Language header; zh-CN is the default audience. */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return 'zh-CN';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
