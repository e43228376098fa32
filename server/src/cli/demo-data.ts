import type { EntityManager } from '@mikro-orm/postgresql';
import { idNumberCheckChar, requiredEvidenceFor, type Role, type UnitLevel } from '@bangfu/shared';
import type { Services } from '../app/services.js';
import { bootstrapInstallation } from './bootstrap.js';
import { RoleGrantRequest } from '../modules/auth/role-grant-request.entity.js';
import { replacePolicyRow } from '../modules/cases/aid-policy.queries.js';

const NO_POLICY_VALUES = {
  approvalLimitFen: null,
  yearlyCapFen: null,
  noticeDays: null,
  acceptWithinWorkingDays: null,
  decideWithinWorkingDays: null,
};

export const DEMO_PASSWORD = 'Bangfu@2026';

interface DemoUnit {
  key: string;
  code: string;
  name: string;
  level: UnitLevel;
  parent: string;
  address: string;
  streetFacing?: boolean;
  hotline?: string;
}

/** A city network with districts, streets, an industrial park and enterprise stations (one directly under a district). */
const UNITS: DemoUnit[] = [
  {
    key: 'lanshan',
    code: 'LY-LS',
    name: '兰山区总工会困难职工帮扶中心',
    level: 'DISTRICT',
    parent: 'city',
    address: '临沂市兰山区金雀山路 66 号',
    streetFacing: true,
    hotline: '0539-8123351',
  },
  {
    key: 'luozhuang',
    code: 'LY-LZ',
    name: '罗庄区总工会困难职工帮扶中心',
    level: 'DISTRICT',
    parent: 'city',
    address: '临沂市罗庄区湖东路 19 号',
    streetFacing: true,
    hotline: '0539-8223351',
  },
  {
    key: 'hedong',
    code: 'LY-HD',
    name: '河东区总工会困难职工帮扶中心',
    level: 'DISTRICT',
    parent: 'city',
    address: '临沂市河东区人民大街 208 号',
    hotline: '0539-8323351',
  },
  {
    key: 'lanshanjd',
    code: 'LY-LS-LSJD',
    name: '兰山街道职工服务中心',
    level: 'STREET',
    parent: 'lanshan',
    address: '兰山街道沂蒙路 127 号',
    streetFacing: true,
  },
  {
    key: 'yinqueshan',
    code: 'LY-LS-YQS',
    name: '银雀山街道职工服务中心',
    level: 'STREET',
    parent: 'lanshan',
    address: '银雀山街道银雀山路 45 号',
    streetFacing: true,
  },
  {
    key: 'luozhuangjd',
    code: 'LY-LZ-LZJD',
    name: '罗庄街道职工服务中心',
    level: 'STREET',
    parent: 'luozhuang',
    address: '罗庄街道罗程路 12 号',
  },
  {
    key: 'park',
    code: 'LY-HD-YQ',
    name: '河东工业园区职工服务中心',
    level: 'STREET',
    parent: 'hedong',
    address: '河东工业园区凤凰大街 3 号',
    streetFacing: false,
  },
  {
    key: 'huasheng',
    code: 'LY-LS-LSJD-HS',
    name: '临沂华盛机械有限公司工会帮扶站',
    level: 'ENTERPRISE',
    parent: 'lanshanjd',
    address: '兰山街道工业路 88 号',
  },
  {
    key: 'mengshan',
    code: 'LY-LS-YQS-MS',
    name: '蒙山食品集团工会帮扶站',
    level: 'ENTERPRISE',
    parent: 'yinqueshan',
    address: '银雀山街道商城路 21 号',
  },
  {
    key: 'xingda',
    code: 'LY-LZ-XD',
    name: '罗庄兴达陶瓷有限公司工会帮扶站',
    level: 'ENTERPRISE',
    parent: 'luozhuang',
    address: '罗庄区陶瓷产业园 5 号',
  },
];

interface DemoAccount {
  phone: string;
  name: string;
  role: Role;
  unit: string;
  note: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { phone: '13800000001', name: '周海涛', role: 'SYSTEM_ADMIN', unit: 'city', note: 'operator of the whole city network' },
  { phone: '13800000002', name: '王建国', role: 'UNION_ADMIN', unit: 'city', note: 'city union: reads the whole city' },
  { phone: '13800000003', name: '李秀英', role: 'AUDITOR', unit: 'city', note: 'audit (经审): read-only over the city' },
  { phone: '13800000004', name: '张明', role: 'UNION_ADMIN', unit: 'lanshan', note: 'Lanshan district union' },
  { phone: '13800000005', name: '刘芳', role: 'UNIT_HEAD', unit: 'lanshanjd', note: 'head of Lanshan street center' },
  { phone: '13800000006', name: '陈晓燕', role: 'STATION_STAFF', unit: 'lanshanjd', note: 'staff of Lanshan street center' },
  { phone: '13800000007', name: '赵磊', role: 'STATION_STAFF', unit: 'yinqueshan', note: 'staff of Yinqueshan street center (a sibling)' },
  { phone: '13800000008', name: '孙丽', role: 'STATION_STAFF', unit: 'huasheng', note: 'staff of the Huasheng enterprise station' },
  { phone: '13800000010', name: '吴静', role: 'SYSTEM_ADMIN', unit: 'city', note: "second operator: approves the first's role grants" },
  {
    phone: '13800000011',
    name: '钱伟',
    role: 'STATION_STAFF',
    unit: 'lanshan',
    note: "finance of the Lanshan district union: draws up the fund's bank payout batches, which 张明 approves",
  },
  {
    phone: '13800000012',
    name: '郑红',
    role: 'STATION_STAFF',
    unit: 'city',
    note: "finance of the city union: draws up the city fund's bank payout batches, which 王建国 approves",
  },
];

/** The two operators the installation starts with; every other demo account is created by the first. */
const [FIRST_OPERATOR, SECOND_OPERATOR] = DEMO_ACCOUNTS.filter((account) => account.role === 'SYSTEM_ADMIN');

export const DEMO_WORKER = { phone: '13900000001', name: '孙大伟', unit: 'huasheng', idBody: '37130219850312201' };
export const demoWorkerIdNumber = (): string => `${DEMO_WORKER.idBody}${idNumberCheckChar(DEMO_WORKER.idBody)}`;

/** Loads the demo network through the services, so the demo data is audited like any other change. */
export async function loadDemoData(em: EntityManager, makeServices: (em: EntityManager) => Services): Promise<void> {
  const [operator, secondOperator] = await bootstrapInstallation(em, {
    root: { code: 'LY', name: '临沂市总工会职工服务中心', level: 'CITY' },
    admins: [FIRST_OPERATOR, SECOND_OPERATOR].map((account) => ({ phone: account.phone, name: account.name, password: DEMO_PASSWORD })) as [
      { phone: string; name: string; password: string },
      { phone: string; name: string; password: string },
    ],
  });
  const services = makeServices(em.fork());
  const unitIds = new Map<string, string>([['city', operator.grants[0].unitId]]);
  for (const unit of UNITS) {
    const created = await services.units.create(operator, {
      code: unit.code,
      name: unit.name,
      level: unit.level,
      parentId: unitIds.get(unit.parent),
      address: unit.address,
      streetFacing: unit.streetFacing,
      hotline: unit.hotline,
    });
    unitIds.set(unit.key, created.id);
  }
  // the first operator asks for each role, the second approves it (two-person rule)
  for (const account of DEMO_ACCOUNTS.filter((entry) => entry !== FIRST_OPERATOR && entry !== SECOND_OPERATOR)) {
    const user = await services.auth.createStaffAccount(operator, {
      phone: account.phone,
      name: account.name,
      password: DEMO_PASSWORD,
      unitId: unitIds.get(account.unit),
      role: account.role,
    });
    const request = await em.fork().findOneOrFail(RoleGrantRequest, { user: user.id, decidedAt: null });
    await services.auth.decideRoleGrant(secondOperator, request.id, true, null);
  }
  await services.auth.registerWorker(
    {
      phone: DEMO_WORKER.phone,
      password: DEMO_PASSWORD,
      name: DEMO_WORKER.name,
      idNumber: demoWorkerIdNumber(),
      employerUnitId: unitIds.get(DEMO_WORKER.unit),
    },
    'setup',
  );
  await loadDemoPolicies(em, unitIds);
  await loadDemoCases(em, makeServices, unitIds);
  await loadDemoFunds(makeServices(em.fork()), unitIds);
}

/** The city fund's income for the year, and allocations to the districts that pay their stations' cases. */
async function loadDemoFunds(services: Services, unitIds: Map<string, string>): Promise<void> {
  const login = await services.auth.login(DEMO_ACCOUNTS[1].phone, DEMO_PASSWORD, '127.0.0.1');
  const cityAdmin = (await services.auth.authenticate(login.token))!;
  const city = unitIds.get('city')!;
  await services.funds.recordIncome(cityAdmin, city, {
    source: 'GOVERNMENT',
    amountFen: 80_000_000,
    note: '市财政年度帮扶资金',
    idempotencyKey: 'demo-income-government',
  });
  await services.funds.recordIncome(cityAdmin, city, {
    source: 'UNION_FUNDS',
    amountFen: 12_000_000,
    note: '市总工会经费配套',
    idempotencyKey: 'demo-income-union-funds',
  });
  await services.funds.recordIncome(cityAdmin, city, {
    source: 'DONATION',
    amountFen: 3_000_000,
    donor: '临沂市慈善总会',
    donorCountry: 'CN',
    note: '金秋助学定向捐赠',
    idempotencyKey: 'demo-income-donation',
  });
  for (const key of ['lanshan', 'luozhuang', 'hedong']) {
    await services.funds.allocate(cityAdmin, city, unitIds.get(key)!, 20_000_000, '年度帮扶资金拨付', `demo-allocation-${key}`);
  }
}

/** Approval limits grow with the level; emergency aid skips the public notice (domain.md §4). */
async function loadDemoPolicies(em: EntityManager, unitIds: Map<string, string>): Promise<void> {
  const limitsByLevel: Record<string, number> = { CITY: 5_000_000, DISTRICT: 1_000_000, STREET: 200_000, ENTERPRISE: 200_000 };
  const levels: [string, UnitLevel][] = [['city', 'CITY'], ...UNITS.map((unit): [string, UnitLevel] => [unit.key, unit.level])];
  for (const [key, level] of levels) {
    await replacePolicyRow(em, unitIds.get(key)!, null, { ...NO_POLICY_VALUES, approvalLimitFen: limitsByLevel[level] });
  }
  for (const type of ['DISASTER', 'ACCIDENT'] as const) {
    await replacePolicyRow(em, unitIds.get('city')!, type, { ...NO_POLICY_VALUES, noticeDays: 0 });
  }
}

/** The demo worker's hardship file at their street center, and a living-aid application waiting to be accepted. */
async function loadDemoCases(
  em: EntityManager,
  makeServices: (em: EntityManager) => Services,
  unitIds: Map<string, string>,
): Promise<void> {
  const services = makeServices(em.fork());
  const staff = await services.auth.login(DEMO_ACCOUNTS[5].phone, DEMO_PASSWORD, '127.0.0.1');
  const staffActor = (await services.auth.authenticate(staff.token))!;
  const demoFile = await services.files.create(staffActor, {
    unitId: unitIds.get('lanshanjd'),
    personName: DEMO_WORKER.name,
    idNumber: demoWorkerIdNumber(),
    phone: DEMO_WORKER.phone,
    employerName: '临沂华盛机械有限公司',
    address: '兰山街道工业路 88 号职工宿舍 3-201',
    category: 'DEEP',
    causes: ['ILLNESS', 'LOW_INCOME'],
    identityChecked: true,
    housing: '租住单位宿舍',
    minimumLivingStandardFen: 85_000,
    members: [
      { name: DEMO_WORKER.name, relation: '本人', monthlyIncomeFen: 210_000, health: '腰椎间盘突出', employment: '车间操作工' },
      { name: '王桂兰', relation: '配偶', monthlyIncomeFen: 0, health: '尿毒症，每周透析三次', employment: '无', isRecipient: true },
      { name: '孙小雨', relation: '女儿', monthlyIncomeFen: 0, employment: '初中在读' },
    ],
    note: '入户走访后建档',
  });
  // aid is paid into his own card by the bank (代发)
  await services.files.setPayeeAccount(staffActor, demoFile.id, {
    bankName: '中国农业银行临沂兰山支行',
    accountNumber: '6228480012345678903',
  });
  const worker = await services.auth.login(DEMO_WORKER.phone, DEMO_PASSWORD, '127.0.0.1');
  const workerActor = (await services.auth.authenticate(worker.token))!;
  const file = await services.files.mine(workerActor);
  const draft = await services.cases.saveDraft(workerActor, {
    clientId: 'demo-living-aid-0001',
    type: 'LIVING',
    channel: 'APP',
    fileId: file!.id,
    title: '妻子透析费用导致生活困难',
    description: '妻子长期透析，家庭月收入低于当地低保线，申请生活救助。',
    requestedAmountFen: 150_000,
  });
  for (const slot of requiredEvidenceFor('LIVING')) {
    await services.documents.upload(workerActor, { caseId: draft.id, uploadKey: `demo-living-aid-${slot}`, slot, bytes: demoScan(slot) });
  }
  await services.cases.submit(workerActor, draft.id);
}

/** A one-page PDF standing in for a scanned document, so the demo case opens with its evidence. */
function demoScan(title: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 24 Tf 72 760 Td (Demo scan: ${title}) Tj ET`.length} >>\nstream\nBT /F1 24 Tf 72 760 Td (Demo scan: ${title}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export function demoAccountsTable(): string {
  const rows = [
    ...DEMO_ACCOUNTS.map((account) => [account.phone, account.role, account.name, account.note]),
    [DEMO_WORKER.phone, 'WORKER', DEMO_WORKER.name, 'worker at the Huasheng enterprise'],
  ];
  return [
    `Demo accounts (password for all: ${DEMO_PASSWORD})`,
    ...rows.map((row) => `  ${row[0]}  ${row[1].padEnd(13)}  ${row[2]}  — ${row[3]}`),
  ].join('\n');
}
