import type { AidType, CaseStatus, FileStatus, FundSource, HardshipCategory, HardshipCause, Language, Role } from '../enums/index.js';
import type { WuhanTier } from '../assessment/rubric.js';

/** What the worker sees: where the case is and what happens next, in plain words (domain.md §4). */
export const NEXT_STEP: Record<CaseStatus, Record<Language, string>> = {
  DRAFT: { 'zh-CN': '申请尚未提交。检查无误后请点击“提交”。', en: 'Not sent yet. Check it and press Submit.' },
  SUBMITTED: { 'zh-CN': '已提交，等待工作人员登记受理。', en: 'Sent. Staff will register it.' },
  RETURNED: { 'zh-CN': '材料不全，请按清单补齐后重新提交。', en: 'Something is missing. Add every item on the list and send it again.' },
  ACCEPTED: { 'zh-CN': '已受理，工作人员将进行调查核实。', en: 'Registered. Staff will look into your situation.' },
  UNDER_REVIEW: { 'zh-CN': '正在调查核实（可能入户走访）。', en: 'Being checked, possibly with a home visit.' },
  PROPOSED: { 'zh-CN': '已提出帮扶方案，等待负责人审批。', en: 'A proposal is waiting for the head of the unit.' },
  APPROVED: { 'zh-CN': '已批准，即将开始帮扶。', en: 'Approved. The help will start soon.' },
  REJECTED: { 'zh-CN': '未获批准，原因见下方说明。', en: 'Not approved. The reason is shown below.' },
  ESCALATED: { 'zh-CN': '已报送上一级工会处理。', en: 'Passed to the union one level up.' },
  PUBLIC_NOTICE: { 'zh-CN': '已批准，正在公示（姓名已隐去部分）。', en: 'Approved and publicly noticed (your name is partly hidden).' },
  READY_TO_PAY: { 'zh-CN': '公示结束，等待发放。', en: 'Notice period over. Waiting for payment.' },
  DISBURSED: { 'zh-CN': '已发放，请本人确认收到。', en: 'Paid. Please confirm yourself that you received it.' },
  RECEIVED: { 'zh-CN': '您已确认收到，等待办结。', en: 'You confirmed receipt. The case will be closed.' },
  IN_SERVICE: { 'zh-CN': '正在提供服务。', en: 'The service is under way.' },
  SERVICE_DONE: { 'zh-CN': '服务已完成，等待办结。', en: 'The service is done. The case will be closed.' },
  CLOSED: { 'zh-CN': '已办结，欢迎对服务进行评价。', en: 'Closed. Please rate the service.' },
  WITHDRAWN: { 'zh-CN': '申请已撤回。', en: 'You withdrew this application.' },
};

/** Case statuses by name, as lists and sheets show them (the worker's next step is NEXT_STEP's). */
export const CASE_STATUS_NAMES: Record<Language, Record<CaseStatus, string>> = {
  'zh-CN': {
    DRAFT: '草稿',
    SUBMITTED: '已提交',
    RETURNED: '需补材料',
    ACCEPTED: '已受理',
    UNDER_REVIEW: '调查核实',
    PROPOSED: '待审批',
    APPROVED: '已批准',
    REJECTED: '未获批准',
    ESCALATED: '已上报',
    PUBLIC_NOTICE: '公示中',
    READY_TO_PAY: '待发放',
    DISBURSED: '已发放',
    RECEIVED: '已确认收到',
    IN_SERVICE: '服务中',
    SERVICE_DONE: '服务完成',
    CLOSED: '已办结',
    WITHDRAWN: '已撤回',
  },
  en: {
    DRAFT: 'Draft',
    SUBMITTED: 'Sent',
    RETURNED: 'Items missing',
    ACCEPTED: 'Registered',
    UNDER_REVIEW: 'Being checked',
    PROPOSED: 'Awaiting approval',
    APPROVED: 'Approved',
    REJECTED: 'Not approved',
    ESCALATED: 'Passed up',
    PUBLIC_NOTICE: 'Public notice',
    READY_TO_PAY: 'Awaiting payment',
    DISBURSED: 'Paid',
    RECEIVED: 'Receipt confirmed',
    IN_SERVICE: 'In service',
    SERVICE_DONE: 'Service done',
    CLOSED: 'Closed',
    WITHDRAWN: 'Withdrawn',
  },
};

/** Hardship file categories by name. */
export const CATEGORY_NAMES: Record<Language, Record<HardshipCategory, string>> = {
  'zh-CN': { DEEP: '深度困难', RELATIVE: '相对困难', ACCIDENTAL: '意外致困' },
  en: { DEEP: 'Deep hardship', RELATIVE: 'Relative hardship', ACCIDENTAL: 'Accidental hardship' },
};

/** Kinds of aid by name. */
export const AID_TYPE_NAMES: Record<Language, Record<AidType, string>> = {
  'zh-CN': {
    LIVING: '生活救助',
    MEDICAL: '医疗救助',
    EDUCATION: '助学',
    DISASTER: '自然灾害救助',
    ACCIDENT: '意外救助',
    LEGAL_AID: '法律援助',
    EMPLOYMENT: '就业服务',
    TRAINING: '技能培训',
    PETITION: '信访',
    MUTUAL_MEDICAL: '医疗互助',
    OTHER: '其他',
  },
  en: {
    LIVING: 'Living aid',
    MEDICAL: 'Medical aid',
    EDUCATION: 'Education aid',
    DISASTER: 'Disaster aid',
    ACCIDENT: 'Accident aid',
    LEGAL_AID: 'Legal aid',
    EMPLOYMENT: 'Job services',
    TRAINING: 'Skills training',
    PETITION: 'Petition',
    MUTUAL_MEDICAL: 'Mutual medical aid',
    OTHER: 'Other',
  },
};

/** Where a fund's income came from, as ledgers and returns name it. */
export const FUND_SOURCE_NAMES: Record<Language, Record<FundSource, string>> = {
  'zh-CN': {
    GOVERNMENT: '政府拨款',
    UNION_FUNDS: '本级工会经费配套',
    HIGHER_UNION_SUBSIDY: '上级工会补助',
    DONATION: '社会捐赠',
    FUNDRAISING: '募捐',
    INTEREST: '合法增值',
  },
  en: {
    GOVERNMENT: 'Government',
    UNION_FUNDS: 'Union funds',
    HIGHER_UNION_SUBSIDY: 'Higher union subsidy',
    DONATION: 'Donation',
    FUNDRAISING: 'Fundraising',
    INTEREST: 'Interest',
  },
};

/** A station's yearly tier by name. */
export const TIER_NAMES: Record<Language, Record<WuhanTier, string>> = {
  'zh-CN': { EXCELLENT: '优秀', ADVANCED: '先进', STANDARD: '达标', NONE: '未达标' },
  en: { EXCELLENT: 'Excellent', ADVANCED: 'Advanced', STANDARD: 'Standard', NONE: 'Below standard' },
};

/** The steps of a case's timeline by name, as the worker's app, the console and printed forms show them. */
export const CASE_EVENT_NAMES: Record<Language, Record<string, string>> = {
  'zh-CN': {
    create: '填写申请',
    listOnRoster: '列入花名册',
    submit: '提交申请',
    resubmit: '重新提交',
    accept: '登记受理',
    return: '退回补材料',
    startReview: '开始调查核实',
    recordVisit: '入户调查',
    propose: '提出帮扶方案',
    approve: '批准',
    reject: '未获批准',
    escalate: '报送上一级工会',
    arrive: '上级工会接收',
    publicNotice: '开始公示',
    noticeSkipped: '免于公示',
    noticeEnded: '公示结束',
    raiseObjection: '收到公示异议',
    resolveObjection: '异议已处理',
    disburse: '发放',
    paymentReversed: '款项退回（汇款失败或更正）',
    confirmReceipt: '本人确认收到',
    startService: '开始服务',
    completeService: '服务完成',
    close: '办结',
    rate: '评价',
    withdraw: '撤回申请',
    assign: '指定经办人',
    identityReleased: '申请人身份有误，账号已停用',
    linkFile: '关联困难职工档案',
    amend: '修改帮扶方案',
  },
  en: {
    create: 'Application started',
    listOnRoster: 'Put on the roster',
    submit: 'Application sent',
    resubmit: 'Sent again',
    accept: 'Registered',
    return: 'Returned for missing items',
    startReview: 'Checking started',
    recordVisit: 'Home visit',
    propose: 'Aid proposed',
    approve: 'Approved',
    reject: 'Not approved',
    escalate: 'Passed to the union one level up',
    arrive: 'Received by the higher union',
    publicNotice: 'Public notice started',
    noticeSkipped: 'No public notice needed',
    noticeEnded: 'Public notice ended',
    raiseObjection: 'Objection to the notice',
    resolveObjection: 'Objection handled',
    disburse: 'Paid',
    paymentReversed: 'Payment returned (transfer failed or corrected)',
    confirmReceipt: 'You confirmed receipt',
    startService: 'Service started',
    completeService: 'Service done',
    close: 'Closed',
    rate: 'Rated',
    withdraw: 'Withdrawn',
    assign: 'Caseworker assigned',
    identityReleased: "The applicant's identity was wrong; the account is disabled",
    linkFile: 'Hardship file linked',
    amend: 'Proposal amended',
  },
};

/** Roles by name. */
export const ROLE_NAMES: Record<Language, Record<Role, string>> = {
  'zh-CN': {
    WORKER: '职工',
    STATION_STAFF: '站点工作人员',
    UNIT_HEAD: '单位负责人',
    UNION_ADMIN: '工会管理员',
    AUDITOR: '审计',
    SYSTEM_ADMIN: '系统管理员',
  },
  en: {
    WORKER: 'Worker',
    STATION_STAFF: 'Station staff',
    UNIT_HEAD: 'Unit head',
    UNION_ADMIN: 'Union admin',
    AUDITOR: 'Auditor',
    SYSTEM_ADMIN: 'Operator',
  },
};

/** What brought a household into hardship, by name. */
export const CAUSE_NAMES: Record<Language, Record<HardshipCause, string>> = {
  'zh-CN': {
    ILLNESS: '患病',
    DISABILITY: '残疾',
    UNEMPLOYMENT: '失业',
    ENTERPRISE_DIFFICULTY: '企业困难',
    EDUCATION_COSTS: '子女上学负担重',
    DISASTER: '自然灾害',
    ACCIDENT: '意外事故',
    LOW_INCOME: '收入低',
    SINGLE_PARENT: '单亲家庭',
    OTHER: '其他',
  },
  en: {
    ILLNESS: 'Illness',
    DISABILITY: 'Disability',
    UNEMPLOYMENT: 'Unemployment',
    ENTERPRISE_DIFFICULTY: 'Employer in difficulty',
    EDUCATION_COSTS: "Children's school costs",
    DISASTER: 'Natural disaster',
    ACCIDENT: 'Accident',
    LOW_INCOME: 'Low income',
    SINGLE_PARENT: 'Single parent',
    OTHER: 'Other',
  },
};

/** Where a hardship file stands, by name. */
export const FILE_STATUS_NAMES: Record<Language, Record<FileStatus, string>> = {
  'zh-CN': { ACTIVE: '正常', REVIEW_OVERDUE: '待年度复核', SUSPENDED: '暂停', CANCELLED: '已注销' },
  en: { ACTIVE: 'Active', REVIEW_OVERDUE: 'Yearly review due', SUSPENDED: 'Suspended', CANCELLED: 'Cancelled' },
};
