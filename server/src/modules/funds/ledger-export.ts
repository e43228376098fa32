import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FUND_SOURCE_NAMES, shanghaiDateTime, type FundSource } from '@bangfu/shared';
import type { Unit } from '../org/unit.entity.js';
import { existingFundAccount } from './ledger.js';
import { ledgerEntriesAfter, periodHeads, postedPayments } from './ledger.queries.js';

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
const SOURCE_LABELS = FUND_SOURCE_NAMES['zh-CN'];

export interface LedgerExportResult {
  rows: number;
  openingBalanceFen: number;
  closingBalanceFen: number;
  incomeFen: number;
  spendingFen: number;
  incomeBySourceFen: Partial<Record<FundSource, number>>;
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
  const { openingFen, entries: total } = await periodHeads(em, accountId, from, to);
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
    openingBalanceFen: openingFen,
    closingBalanceFen: openingFen,
    incomeFen: 0,
    spendingFen: 0,
    incomeBySourceFen: {},
  };
  sheet.addRow({ date: shanghaiDateTime(from), kind: '期初', memo: '期初余额', balance: result.openingBalanceFen / 100 }).commit();

  for (let lastId = '0'; ;) {
    const rows = await ledgerEntriesAfter(em, accountId, from, to, lastId, BATCH);
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
  const rows = await postedPayments(em, unit.id, from, to);
  await mkdir(dirname(filePath), { recursive: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('发放花名册');
  // the period ends before `to`: the title names its last day, as the person who chose it sees it
  const lastDay = shanghaiDateTime(new Date(to.getTime() - 1)).slice(0, 10);
  sheet.addRow([`${unit.name} 帮扶资金发放花名册（${shanghaiDateTime(from).slice(0, 10)} 至 ${lastDay}）`]);
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
