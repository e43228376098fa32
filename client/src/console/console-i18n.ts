import i18next from 'i18next';

/** The console's own words, added to the shared catalog (statuses, types, causes) only when the console loads. */
const zhCN = {
  console: {
    title: '帮扶工作台', login: '工作人员登录', logout: '退出', unit: '单位', nav: { queue: '案件队列', files: '困难档案', reviews: '年度复核', funds: '帮扶资金', notices: '公示', dashboard: '统计分析', assessments: '站点考核', units: '单位与账号', rules: '办理规则', audit: '审计日志' },
    files: {
      title: '困难职工档案', search: '姓名或完整身份证号', create: '新建档案', updated: '更新日期', reveal: '查看完整号码', revealTitle: '查看完整身份证号',
      revealWarning: '完整身份证号属于敏感个人信息。本次查看将记录您的姓名、时间和档案，供审计查阅。', birthDate: '出生日期', employer: '工作单位',
      address: '住址', housing: '住房情况', minimumLiving: '当地低保标准（元/人/月）', health: '健康状况', recipient: '可代领人', addMember: '添加家庭成员',
      removeMember: '删除', cancel: '注销档案', edit: '编辑档案', editWarning: '编辑时将显示本人和家庭成员的完整身份证号，本次查看将被记录。',
      cancelReasons: { RECOVERED: '已脱困', DECEASED: '已故', MOVED: '迁出', DUPLICATE: '重复建档', OTHER: '其他' },
    },
    queue: {
      title: '案件队列', status: '状态', type: '类型', overdueOnly: '只看超期', mine: '分派给我', search: '姓名、受理编号或申请编号',
      total: '共 {{count}} 件', caseNumber: '编号', applicant: '申请人', due: '办理时限', submitted: '提交时间', requested: '申请金额',
      selected: '已选择 {{count}} 项', bulkAccept: '批量受理', bulkClaim: '认领（分派给我）', assignTo: '分派给…', results: '批量处理结果', ok: '成功', failed: '失败',
      next: '下一页', first: '第一页', shortcuts: '快捷键：j / k 上下移动，Enter 打开，x 选中', overdue: '已超期', noCases: '没有符合条件的案件',
    },
    case: {
      applicant: '申请人', type: '类型', status: '状态', holder: '办理单位', origin: '受理单位', due: '办理时限', requested: '申请金额',
      proposed: '拟帮扶金额', approved: '批准金额', plan: '服务方案', description: '申请内容', evidence: '证明材料', open: '查看',
      household: '家庭情况', file: '困难职工档案', noFile: '尚未建档', idNumber: '身份证号', perCapita: '人均月收入', members: '家庭成员', relation: '关系', monthlyIncome: '月收入',
      timeline: '办理记录', visits: '入户调查记录', actions: '办理', noActions: '您在此案件当前状态下没有可办理的操作',
      noticeEnds: '公示截止', missing: '需补材料',
    },
    actions: {
      assign: '分派', submit: '提交', resubmit: '补齐后重新提交', withdraw: '撤回申请', accept: '受理登记', return: '退回补件', startReview: '开始调查核实', recordVisit: '记录入户调查', propose: '提出帮扶方案',
      approve: '批准', reject: '不予批准', escalate: '报上一级工会', raiseObjection: '登记公示异议', resolveObjection: '处理公示异议', disburse: '发放',
      startService: '开始服务', completeService: '服务完成', close: '办结',
    },
    fields: {
      note: '备注', reason: '原因', missingItems: '需一次性告知的材料（每行一项）', visitedAt: '调查日期', findings: '调查情况',
      householdVerified: '家庭情况属实', amountYuan: '金额（元）', plan: '服务方案', instalments: '分期次数', upheld: '异议成立',
      assignee: '分派给', method: '发放方式', paymentKey: '发放流水号（防止重复发放，自动生成）', report: '报告', submit: '确定',
    },
    methods: { CASH: '现金（受助人当场确认）', BANK_TRANSFER: '银行转账', IN_KIND: '实物' },
    funds: {
      title: '帮扶资金', balance: '当前余额', period: '期间', time: '时间', kind: '类别', direction: '方向', amount: '金额（元）', balanceAfter: '余额（元）',
      memo: '摘要', export: '导出 Excel', roster: '导出发放花名册', exporting: '正在生成 {{progress}}%', download: '下载', exportExpired: '文件已过期删除，请重新导出', exportFailed: '导出失败',
      kinds: { INCOME: '收入', ALLOCATION: '拨付', DISBURSEMENT: '帮扶发放', EXPENSE: '支出', REVERSAL: '冲正' },
      directions: { DEBIT: '收入', CREDIT: '支出' },
      forms: { income: '登记收入', allocation: '向下级拨付', expense: '登记支出', reversal: '冲正' },
      source: '资金来源', donor: '捐赠人', donorCountry: '捐赠人国家或地区（境外捐赠）', toUnit: '拨付给', category: '支出类别', grantee: '受资助站点',
      sources: { GOVERNMENT: '政府拨款', UNION_FUNDS: '工会经费', HIGHER_UNION_SUBSIDY: '上级工会补助', DONATION: '社会捐赠', FUNDRAISING: '募集', INTEREST: '利息' },
      categories: { CASE_AID: '案件帮扶', STATION_GRANT: '站点资助', SALARY: '工资', BONUS: '奖金', ALLOWANCE: '津贴补贴', VEHICLE: '车辆', PHONE: '通讯', BUILDING_WORKS: '楼堂馆所', OTHER: '其他' },
    },
    assessments: {
      title: '站点考核', station: '站点', openCycle: '开启本年度考核', none: '该站点本年度尚无考核', saveDistrict: '保存区级评分', saveCity: '保存市级评分',
      apply: '申报示范站', grant: '批准示范站', deny: '不予批准', districtScore: '区级评分', cityScore: '市级评分', tier: '等级', eligibility: '申报资格', eligible: '符合条件',
      applied: '申报日期', decision: '市总决定', applicationWindow: '申报期', inspectionWindow: '验收期', holdback: '暂扣补助', category: '类别', item: '考核项目',
      points: '分值', prefilled: '系统预填', yourScore: '本次评分', decisions: { GRANTED: '已批准', DENIED: '不予批准' },
      tiers: { EXCELLENT: '优秀', ADVANCED: '先进', STANDARD: '达标', NONE: '未达标' },
    },
    admin: {
      title: '单位与账号', tree: '服务网络', closed: '已关闭', open: '正常', code: '单位编码', level: '层级', hotline: '服务热线', streetFacing: '临街窗口',
      createUnit: '新建下级单位', editUnit: '编辑', moveUnit: '调整隶属', newParent: '新的上级单位', holdsFund: '设有帮扶资金专户', closeUnit: '关闭单位', moveTo: '档案和案件移交给', accounts: '工作人员账号', createAccount: '新建账号', roles: '角色',
      grant: '授予角色', revoke: '收回', initialPassword: '初始密码（至少 8 位）', account: '账号', disabled: '已停用', resetPassword: '重置密码', disable: '停用', enable: '启用',
      disableConfirm: '停用后该账号立即退出，且不能再登录。确定停用 {{name}}？', resetNotice: '重置后该账号在所有设备上退出，请把新密码当面告知本人，并提醒其登录后修改。',
      dialogs: { unit: '新建下级单位', edit: '编辑单位', move: '调整隶属关系', close: '关闭单位', account: '新建工作人员账号', reset: '重置密码' },
      roleNames: { WORKER: '职工', STATION_STAFF: '站点工作人员', UNIT_HEAD: '单位负责人', UNION_ADMIN: '工会管理员', AUDITOR: '审计', SYSTEM_ADMIN: '系统管理员' },
    },
    audit: {
      title: '审计日志', time: '时间', unit: '单位', actor: '操作人', action: '操作', entity: '对象', change: '变更', before: '变更前', after: '变更后',
      system: '系统', entityFilter: '对象编号（案件、档案、单位）', byActor: '操作人：{{name}}', clear: '清除筛选', total: '共 {{count}} 条',
    },
    desk: {
      title: '接待登记', explain: '登记来访、12351 热线、来信或转介的求助，登记后即进入本单位的案件队列。已建档的职工请按姓名或完整身份证号查找档案；尚未建档的（如紧急救助、信访）可只填姓名。',
      channel: '来源', channels: { WALK_IN: '来访', HOTLINE: '12351 热线', LETTER: '来信', REFERRAL: '转介' }, noFile: '尚未建档（只登记姓名）',
      file: '困难职工档案', fileHint: '输入姓名或完整身份证号查找本单位及下级单位的档案', noMatch: '没有找到档案', subject: '事由', amountYuan: '申请金额（元）', submit: '登记并提交',
    },
    account: { changePassword: '修改密码', current: '当前密码', next: '新密码（至少 8 位）', confirm: '再次输入新密码', mismatch: '两次输入的新密码不一致', changed: '密码已修改，其他设备上的登录已退出' },
    rules: {
      title: '办理规则', tabs: { policies: '审批权限与时限', calendar: '工作日历（节假日与调休）' }, unit: '查看单位', type: '帮扶类型', allTypes: '全部类型（通用设定）',
      explain: '每项取值来自设定了该项的最近一级单位（具体类型的设定优先于通用设定），都未设定时用系统默认值。本单位的审批限额等由上级工会或系统管理员设定，本单位不能自行调整。修改自下一步办理起生效。',
      fields: { approvalLimitFen: '审批限额', yearlyCapFen: '每户年度上限', noticeDays: '公示天数', acceptWithinWorkingDays: '受理时限', decideWithinWorkingDays: '办理时限' },
      days: '{{count}} 天', workingDays: '{{count}} 个工作日', workingDayUnit: '个工作日', setHere: '本单位设定', from: '沿用 {{unit}}', byDefault: '系统默认', edit: '调整', editRow: '调整 {{type}}', dialog: '调整：{{type}}',
      inherit: '留空的项目沿用上级单位的设定；全部留空即删除本单位的这条设定。公示天数为 0（不公示）仅限自然灾害、意外救助。', yuan: '元', dayUnit: '天',
    },
    calendar: {
      explain: '受理、办理时限按工作日计算：周一至周五，法定节假日除外，调休上班的周末计入。每年 11 月国务院办公厅发布下一年度安排后，由系统管理员录入；保存后，未办结案件的时限将重新计算。',
      year: '年度', day: '日期', weekday: '星期', kind: '类别', name: '名称', holiday: '放假', working: '调休上班', none: '{{year}} 年尚未录入，暂按周一至周五计算',
      edit: '编辑本年度', add: '加入', remove: '删除', removeDay: '删除 {{day}}', save: '保存本年度', cancel: '取消',
      weekdays: { 0: '星期日', 1: '星期一', 2: '星期二', 3: '星期三', 4: '星期四', 5: '星期五', 6: '星期六' },
    },
    reviews: {
      title: '年度复核', campaign: '复核活动', open: '发起年度复核', none: '本单位暂无复核活动', progress: '复核进度', tasks: '本单位待复核档案',
      summary: '共 {{total}} 份，已复核 {{done}} 份，待复核 {{due}} 份，逾期 {{overdue}} 份', outcome: '复核结果', year: '年度', deadline: '截止日期', graceDays: '逾期宽限天数',
      close: '结束复核', closeConfirm: '结束后汇总固定下来，不再提醒，也不再把未复核的档案转为逾期或暂停；已逾期或暂停的档案保持现状。确定结束？', closedSummary: '已于 {{date}} 结束：{{outcomes}}',
      statuses: { OPEN: '进行中', CLOSED: '已结束' }, taskStatuses: { DUE: '待复核', OVERDUE: '已逾期', DONE: '已复核' },
      outcomes: { KEEP: '维持', UPDATE: '更新信息', RECLASSIFY: '调整类别', CANCEL: '注销' },
    },
    notices: { title: '帮扶资金公示', none: '目前没有正在公示的案件', footer: '公示期内如有异议，请向本站点或拨打 12351 职工服务热线反映。制表日期：{{date}}' },
    dashboard: {
      title: '统计分析', newCases: '新申请', approved: '批准', paid: '发放金额', overdue: '超期未办', satisfaction: '满意度', demonstration: '示范站比例',
      byStatus: '案件状态', byType: '帮扶类别', childPaid: '下级单位发放金额', children: '下级单位', drill: '查看下级', print: '打印', dataAsOf: '数据实时更新，截至 {{time}}',
      stations: '站点数', balance: '资金余额', overTime: '按月趋势（新申请、批准、发放金额）', cases: '件',
    },
  },
};

type Catalog = typeof zhCN;
const en: Catalog = {
  console: {
    title: 'Bangfu console', login: 'Staff sign-in', logout: 'Sign out', unit: 'Unit', nav: { queue: 'Case queue', files: 'Hardship files', reviews: 'Annual review', funds: 'Aid funds', notices: 'Notices', dashboard: 'Dashboard', assessments: 'Assessment', units: 'Units and accounts', rules: 'Rules', audit: 'Audit log' },
    files: {
      title: 'Hardship files', search: 'Name or full ID number', create: 'New file', updated: 'Updated', reveal: 'Show full number', revealTitle: 'Show the full ID number',
      revealWarning: 'A full ID number is sensitive personal information. This view is logged with your name, the time and the file for audit.', birthDate: 'Birth date', employer: 'Employer',
      address: 'Address', housing: 'Housing', minimumLiving: 'Local minimum living standard (yuan/person/month)', health: 'Health', recipient: 'May receive aid', addMember: 'Add household member',
      removeMember: 'Remove', cancel: 'Cancel file', edit: 'Edit file', editWarning: 'Editing shows the full ID numbers of the person and the household; this view is logged.',
      cancelReasons: { RECOVERED: 'Recovered', DECEASED: 'Deceased', MOVED: 'Moved away', DUPLICATE: 'Duplicate', OTHER: 'Other' },
    },
    queue: {
      title: 'Case queue', status: 'Status', type: 'Type', overdueOnly: 'Overdue only', mine: 'Assigned to me', search: 'Name, case number or reference',
      total: '{{count}} cases', caseNumber: 'Number', applicant: 'Applicant', due: 'Due', submitted: 'Submitted', requested: 'Requested',
      selected: '{{count}} selected', bulkAccept: 'Accept selected', bulkClaim: 'Assign to me', assignTo: 'Assign to…', results: 'Results', ok: 'Done', failed: 'Failed',
      next: 'Next page', first: 'First page', shortcuts: 'Keys: j / k to move, Enter to open, x to select', overdue: 'Overdue', noCases: 'No cases match',
    },
    case: {
      applicant: 'Applicant', type: 'Type', status: 'Status', holder: 'Held by', origin: 'Registered at', due: 'Due', requested: 'Requested',
      proposed: 'Proposed', approved: 'Approved', plan: 'Service plan', description: 'Application', evidence: 'Evidence', open: 'Open',
      household: 'Household', file: 'Hardship file', noFile: 'No file yet', idNumber: 'ID number', perCapita: 'Income per person', members: 'Members', relation: 'Relation', monthlyIncome: 'Monthly income',
      timeline: 'History', visits: 'Home visits', actions: 'Actions', noActions: 'Nothing you can do on this case in its current state',
      noticeEnds: 'Notice ends', missing: 'Missing items',
    },
    actions: {
      assign: 'Assign', submit: 'Send', resubmit: 'Send again with the missing items', withdraw: 'Withdraw', accept: 'Register', return: 'Return for items', startReview: 'Start checking', recordVisit: 'Record home visit', propose: 'Propose aid',
      approve: 'Approve', reject: 'Reject', escalate: 'Escalate', raiseObjection: 'Record an objection', resolveObjection: 'Resolve objection', disburse: 'Pay',
      startService: 'Start service', completeService: 'Service done', close: 'Close',
    },
    fields: {
      note: 'Note', reason: 'Reason', missingItems: 'Everything missing, one per line', visitedAt: 'Visit date', findings: 'Findings',
      householdVerified: 'Household confirmed', amountYuan: 'Amount (yuan)', plan: 'Service plan', instalments: 'Instalments', upheld: 'Objection upheld',
      assignee: 'Assign to', method: 'Method', paymentKey: 'Payment reference (prevents paying twice; generated)', report: 'Report', submit: 'Confirm',
    },
    methods: { CASH: 'Cash (recipient confirms on the spot)', BANK_TRANSFER: 'Bank transfer', IN_KIND: 'In kind' },
    funds: {
      title: 'Aid fund', balance: 'Balance', period: 'Period', time: 'Time', kind: 'Kind', direction: 'Direction', amount: 'Amount (yuan)', balanceAfter: 'Balance (yuan)',
      memo: 'Memo', export: 'Export to Excel', roster: 'Export payment roster', exporting: 'Preparing {{progress}}%', download: 'Download', exportExpired: 'The file has expired and was deleted; export again', exportFailed: 'Export failed',
      kinds: { INCOME: 'Income', ALLOCATION: 'Allocation', DISBURSEMENT: 'Aid paid', EXPENSE: 'Expense', REVERSAL: 'Reversal' },
      directions: { DEBIT: 'In', CREDIT: 'Out' },
      forms: { income: 'Record income', allocation: 'Allocate to a child unit', expense: 'Record expense', reversal: 'Reverse' },
      source: 'Source', donor: 'Donor', donorCountry: 'Donor country or region (foreign donations)', toUnit: 'To', category: 'Category', grantee: 'Station granted',
      sources: { GOVERNMENT: 'Government', UNION_FUNDS: 'Union funds', HIGHER_UNION_SUBSIDY: 'Higher union subsidy', DONATION: 'Donation', FUNDRAISING: 'Fundraising', INTEREST: 'Interest' },
      categories: { CASE_AID: 'Case aid', STATION_GRANT: 'Station grant', SALARY: 'Salaries', BONUS: 'Bonuses', ALLOWANCE: 'Allowances', VEHICLE: 'Vehicles', PHONE: 'Phones', BUILDING_WORKS: 'Building works', OTHER: 'Other' },
    },
    assessments: {
      title: 'Station assessment', station: 'Station', openCycle: "Open this year's assessment", none: 'No assessment for this station this year', saveDistrict: 'Save district scores', saveCity: 'Save city scores',
      apply: 'Apply for demonstration', grant: 'Grant demonstration', deny: 'Deny', districtScore: 'District score', cityScore: 'City score', tier: 'Tier', eligibility: 'Eligibility', eligible: 'Eligible',
      applied: 'Applied', decision: 'City decision', applicationWindow: 'Application period', inspectionWindow: 'Inspection period', holdback: 'Subsidy held back', category: 'Category', item: 'Item',
      points: 'Points', prefilled: 'Pre-filled', yourScore: 'Score', decisions: { GRANTED: 'Granted', DENIED: 'Denied' },
      tiers: { EXCELLENT: 'Excellent', ADVANCED: 'Advanced', STANDARD: 'Standard', NONE: 'Below standard' },
    },
    admin: {
      title: 'Units and accounts', tree: 'Service network', closed: 'Closed', open: 'Open', code: 'Code', level: 'Level', hotline: 'Hotline', streetFacing: 'Street-facing window',
      createUnit: 'New child unit', editUnit: 'Edit', moveUnit: 'Move', newParent: 'New parent unit', holdsFund: 'Holds an earmarked aid fund', closeUnit: 'Close unit', moveTo: 'Move files and cases to', accounts: 'Staff accounts', createAccount: 'New account', roles: 'Roles',
      grant: 'Grant a role', revoke: 'Revoke', initialPassword: 'Initial password (at least 8 characters)', account: 'Account', disabled: 'Disabled', resetPassword: 'Reset password', disable: 'Disable', enable: 'Enable',
      disableConfirm: 'The account is signed out at once and can no longer sign in. Disable {{name}}?', resetNotice: 'The account is signed out everywhere. Give the new password to the person directly and ask them to change it after signing in.',
      dialogs: { unit: 'New child unit', edit: 'Edit unit', move: 'Move unit', close: 'Close unit', account: 'New staff account', reset: 'Reset password' },
      roleNames: { WORKER: 'Worker', STATION_STAFF: 'Station staff', UNIT_HEAD: 'Unit head', UNION_ADMIN: 'Union admin', AUDITOR: 'Auditor', SYSTEM_ADMIN: 'Operator' },
    },
    audit: {
      title: 'Audit log', time: 'Time', unit: 'Unit', actor: 'By', action: 'Action', entity: 'Record', change: 'Change', before: 'Before', after: 'After',
      system: 'System', entityFilter: 'Find by record id (a case, file or unit)', byActor: 'By {{name}}', clear: 'Clear filters', total: '{{count}} events',
    },
    desk: {
      title: 'Register a request', explain: 'Register a request received at the desk, by the 12351 hotline, by letter or by referral; it goes straight into the unit\'s queue. Find the worker\'s file by name or full ID number; for people not on file yet (emergency aid, petitions) the name is enough.',
      channel: 'Received', channels: { WALK_IN: 'At the desk', HOTLINE: '12351 hotline', LETTER: 'Letter', REFERRAL: 'Referral' }, noFile: 'Not on file yet (name only)',
      file: 'Hardship file', fileHint: 'Type a name or a full ID number to find a file of this unit or the units below', noMatch: 'No file found', subject: 'Subject', amountYuan: 'Amount requested (yuan)', submit: 'Register and send',
    },
    account: { changePassword: 'Change password', current: 'Current password', next: 'New password (8 characters or more)', confirm: 'New password again', mismatch: 'The new passwords differ', changed: 'Password changed; other devices were signed out' },
    rules: {
      title: 'Rules', tabs: { policies: 'Limits and deadlines', calendar: 'Work calendar (holidays)' }, unit: 'Show unit', type: 'Aid type', allTypes: 'Every type (general row)',
      explain: 'Each value comes from the nearest unit that sets it (a row for the type before the general row), else the default. A unit\'s limits are set by the union above it or the operator, never by the unit itself. Changes apply from each case\'s next step.',
      fields: { approvalLimitFen: 'Approval limit', yearlyCapFen: 'Yearly cap per household', noticeDays: 'Notice days', acceptWithinWorkingDays: 'Accept within', decideWithinWorkingDays: 'Decide within' },
      days: '{{count}} days', workingDays: '{{count}} working days', workingDayUnit: 'working days', setHere: 'Set here', from: 'From {{unit}}', byDefault: 'Default', edit: 'Change', editRow: 'Change {{type}}', dialog: 'Change: {{type}}',
      inherit: 'An empty value is taken from the units above; leaving all empty removes this row. A notice of 0 days (none) is only for disaster and accident aid.', yuan: 'yuan', dayUnit: 'days',
    },
    calendar: {
      explain: 'Deadlines count working days: Monday to Friday, less public holidays, plus make-up working weekends. The operator enters next year after the State Council publishes it each November; on saving, the deadlines of open cases are counted again.',
      year: 'Year', day: 'Date', weekday: 'Weekday', kind: 'Kind', name: 'Name', holiday: 'Holiday', working: 'Make-up working day', none: 'Nothing entered for {{year}}: Monday to Friday apply',
      edit: 'Edit this year', add: 'Add', remove: 'Remove', removeDay: 'Remove {{day}}', save: 'Save this year', cancel: 'Cancel',
      weekdays: { 0: 'Sunday', 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday' },
    },
    reviews: {
      title: 'Annual review', campaign: 'Campaign', open: 'Open the annual review', none: 'No review campaign covers this unit', progress: 'Progress', tasks: 'Files of this unit to review',
      summary: '{{total}} files: {{done}} reviewed, {{due}} due, {{overdue}} overdue', outcome: 'Outcome', year: 'Year', deadline: 'Deadline', graceDays: 'Grace days after the deadline',
      close: 'Close the review', closeConfirm: 'The summary is then fixed; no more reminders, and unreviewed files are no longer moved to overdue or suspended (those already moved stay so). Close it?', closedSummary: 'Closed on {{date}}: {{outcomes}}',
      statuses: { OPEN: 'Open', CLOSED: 'Closed' }, taskStatuses: { DUE: 'Due', OVERDUE: 'Overdue', DONE: 'Reviewed' },
      outcomes: { KEEP: 'Keep', UPDATE: 'Update', RECLASSIFY: 'Reclassify', CANCEL: 'Cancel' },
    },
    notices: { title: 'Public notice of aid', none: 'No case is on notice now', footer: 'Objections during the notice period: tell this station or call the 12351 hotline. Printed {{date}}' },
    dashboard: {
      title: 'Dashboard', newCases: 'New applications', approved: 'Approved', paid: 'Paid', overdue: 'Overdue', satisfaction: 'Satisfaction', demonstration: 'Demonstration stations',
      byStatus: 'Cases by status', byType: 'Cases by type', childPaid: 'Paid by child unit', children: 'Child units', drill: 'Drill down', print: 'Print', dataAsOf: 'Live figures as of {{time}}',
      stations: 'Stations', balance: 'Fund balance', overTime: 'Month by month (applications, approvals, amount paid)', cases: 'cases',
    },
  },
};

export function addConsoleCatalog(): void {
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true);
  i18next.addResourceBundle('en', 'translation', en, true);
}
