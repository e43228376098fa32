import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { shanghaiDateTime, type FundSource } from '@bangfu/shared';
import type { Unit } from '../org/unit.entity.js';
import { existingFundAccount } from './ledger.js';

/** Yuan with thousands separators, as money appears in every exported 台账. */
export const YUAN_FORMAT = '#,##0.00';
// dates go in as Shanghai-time text: exceljs writes a Date as UTC, which shows the wrong day in China
const BATCH = 1_000;

const KIND_LABELS: Record<string, string> = {
  INCOME: '收入',
  ALLOCATION: '拨付',
  EXPENSE: '支出',
  DISBURSEMENT: '救助发放',
  REVERSAL: '冲正',
};
const SOURCE_LABELS: Record<FundSource, string> = {
  GOVERNMENT: '政府拨款',
  UNION_FUNDS: '本级工会经费配套',
  HIGHER_UNION_SUBSIDY: '上级补助',
  DONATION: '社会捐赠',
  FUNDRAISING: '募捐',
  INTEREST: '合法增值',
};

export interface LedgerExportResult {
  rows: number;
  openingBalanceFen: number;
  closingBalanceFen: number;
  incomeFen: number;
  spendingFen: number;
  incomeBySourceFen: Partial<Record<FundSource, number>>;
}

interface LedgerRow {
  id: string;
  created_at: Date;
  direction: 'DEBIT' | 'CREDIT';
  amount_fen: string;
  balance_after: string;
  transaction_id: string;
  kind: string;
  source: FundSource | null;
  category: string | null;
  memo: string | null;
  case_number: string | null;
  counterpart: string | null;
}

/**
 * The unit's ledger (台账) for [from, to) as .xlsx: one row per entry with a running balance, then totals by
 * income source. Streams rows in batches so a year of a city fund does not sit in memory.
 */
export async function writeLedgerWorkbook(
  em: EntityManager,
  unit: Unit,
  from: Date,
  to: Date,
  filePath: string,
  onProgress: (percent: number) => Promise<void>,
): Promise<LedgerExportResult> {
  // a fund never posted to has an empty ledger
  const accountId = (await existingFundAccount(em, unit.id))?.id ?? '0';
  const [{ opening, total }] = await em.execute<{ opening: string | null; total: string }[]>(
    `select (select balance_after::text from ledger_entry where account_id = ? and created_at < ? order by id desc limit 1) as opening,
            (select count(*)::text from ledger_entry where account_id = ? and created_at >= ? and created_at < ?) as total`,
    [accountId, from, accountId, from, to],
  );
  await mkdir(dirname(filePath), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true });
  const sheet = workbook.addWorksheet('台账');
  sheet.columns = [
    { header: '日期', key: 'date', width: 18 },
    { header: '凭证号', key: 'voucher', width: 10 },
    { header: '类别', key: 'kind', width: 10 },
    { header: '来源/用途', key: 'purpose', width: 18 },
    { header: '案件编号', key: 'caseNumber', width: 24 },
    { header: '摘要', key: 'memo', width: 30 },
    { header: '收入（元）', key: 'income', width: 14, style: { numFmt: YUAN_FORMAT } },
    { header: '支出（元）', key: 'spending', width: 14, style: { numFmt: YUAN_FORMAT } },
    { header: '余额（元）', key: 'balance', width: 16, style: { numFmt: YUAN_FORMAT } },
  ];
  const result: LedgerExportResult = {
    rows: 0,
    openingBalanceFen: Number(opening ?? 0),
    closingBalanceFen: Number(opening ?? 0),
    incomeFen: 0,
    spendingFen: 0,
    incomeBySourceFen: {},
  };
  sheet.addRow({ date: shanghaiDateTime(from), kind: '期初', memo: '期初余额', balance: result.openingBalanceFen / 100 }).commit();

  for (let lastId = '0'; ;) {
    const rows = await em.execute<LedgerRow[]>(
      `select e.id::text, e.created_at, e.direction, e.amount_fen::text, e.balance_after::text, t.id::text as transaction_id, t.kind,
              t.source, t.category, t.memo, c.case_number, cu.name as counterpart
       from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
       left join aid_case c on c.id = t.case_id left join unit cu on cu.id = t.counterpart_unit_id
       where e.account_id = ? and e.created_at >= ? and e.created_at < ? and e.id > ? order by e.id limit ${BATCH}`,
      [accountId, from, to, lastId],
    );
    for (const row of rows) {
      const amount = Number(row.amount_fen);
      const incoming = row.direction === 'DEBIT';
      if (incoming) result.incomeFen += amount;
      else result.spendingFen += amount;
      if (incoming && row.kind === 'INCOME' && row.source) {
        result.incomeBySourceFen[row.source] = (result.incomeBySourceFen[row.source] ?? 0) + amount;
      }
      result.closingBalanceFen = Number(row.balance_after);
      sheet
        .addRow({
          date: shanghaiDateTime(new Date(row.created_at)),
          voucher: row.transaction_id,
          kind: KIND_LABELS[row.kind] ?? row.kind,
          purpose: row.source ? SOURCE_LABELS[row.source] : (row.counterpart ?? row.category ?? ''),
          caseNumber: row.case_number ?? '',
          memo: row.memo ?? '',
          income: incoming ? amount / 100 : null,
          spending: incoming ? null : amount / 100,
          balance: Number(row.balance_after) / 100,
        })
        .commit();
    }
    result.rows += rows.length;
    if (rows.length < BATCH) break;
    lastId = rows[rows.length - 1].id;
    await onProgress(Math.min(95, Math.floor((result.rows / Math.max(Number(total), 1)) * 100)));
  }
  sheet
    .addRow({
      kind: '合计',
      memo: '本期合计',
      income: result.incomeFen / 100,
      spending: result.spendingFen / 100,
      balance: result.closingBalanceFen / 100,
    })
    .commit();
  sheet.commit();

  const sources = workbook.addWorksheet('来源汇总');
  sources.columns = [
    { header: '资金来源', key: 'source', width: 20 },
    { header: '金额（元）', key: 'amount', width: 16, style: { numFmt: YUAN_FORMAT } },
  ];
  for (const [source, amount] of Object.entries(result.incomeBySourceFen)) {
    sources.addRow({ source: SOURCE_LABELS[source as FundSource], amount: amount / 100 }).commit();
  }
  sources.addRow({ source: '合计', amount: Object.values(result.incomeBySourceFen).reduce((a, b) => a + b, 0) / 100 }).commit();
  sources.commit();
  await workbook.commit();
  return result;
}

export interface RosterResult {
  rows: number;
  totalFen: number;
}

/** The disbursement roster (发放花名册) for [from, to): who was paid what, how, with a column to sign. */
export async function writeRosterWorkbook(em: EntityManager, unit: Unit, from: Date, to: Date, filePath: string): Promise<RosterResult> {
  const rows = await em.execute<
    {
      case_number: string | null;
      recipient_name: string;
      amount_fen: string;
      method: string;
      instalment_no: number;
      paid_at: Date;
      received_at: Date | null;
      type: string;
    }[]
  >(
    `select c.case_number, d.recipient_name, d.amount_fen::text, d.method, d.instalment_no, d.paid_at, d.received_at, c.type
     from disbursement d join aid_case c on c.id = d.case_id
     where d.fund_unit_id = ? and d.status = 'POSTED' and d.paid_at >= ? and d.paid_at < ? order by d.paid_at, d.id`,
    [unit.id, from, to],
  );
  await mkdir(dirname(filePath), { recursive: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('发放花名册');
  sheet.addRow([`${unit.name} 帮扶资金发放花名册（${shanghaiDateTime(from).slice(0, 10)} 至 ${shanghaiDateTime(to).slice(0, 10)}）`]);
  sheet.addRow(['序号', '案件编号', '领款人', '救助类别', '期次', '金额（元）', '发放方式', '发放时间', '本人确认时间', '领款人签字']);
  let totalFen = 0;
  rows.forEach((row, index) => {
    totalFen += Number(row.amount_fen);
    const line = sheet.addRow([
      index + 1,
      row.case_number ?? '',
      row.recipient_name,
      row.type,
      row.instalment_no,
      Number(row.amount_fen) / 100,
      row.method,
      shanghaiDateTime(new Date(row.paid_at)),
      row.received_at ? shanghaiDateTime(new Date(row.received_at)) : '',
      '',
    ]);
    line.getCell(6).numFmt = YUAN_FORMAT;
    line.height = 28;
  });
  const totals = sheet.addRow(['合计', '', '', '', '', totalFen / 100]);
  totals.getCell(6).numFmt = YUAN_FORMAT;
  sheet.columns.forEach((column, index) => {
    column.width = [6, 24, 12, 12, 6, 14, 14, 18, 18, 16][index];
  });
  await workbook.xlsx.writeFile(filePath);
  return { rows: rows.length, totalFen };
}
