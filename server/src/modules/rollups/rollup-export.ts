import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { YUAN_FORMAT } from '../funds/ledger-export.js';
import type { Unit } from '../org/unit.entity.js';
import type { Rollup } from './rollup.service.js';

const PERCENT = '0.0%';

/** One row per unit: the unit itself first, then each direct child. */
export async function writeRollupWorkbook(rows: { unit: Unit; rollup: Rollup }[], filePath: string): Promise<{ rows: number }> {
  await mkdir(dirname(filePath), { recursive: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('汇总');
  sheet.columns = [
    { header: '单位', key: 'unit', width: 30 },
    { header: '新增申请', key: 'newCases', width: 10 },
    { header: '已决定', key: 'decided', width: 10 },
    { header: '批准', key: 'approved', width: 8 },
    { header: '不予批准', key: 'rejected', width: 10 },
    { header: '办结', key: 'closed', width: 8 },
    { header: '批准金额（元）', key: 'approvedYuan', width: 16, style: { numFmt: YUAN_FORMAT } },
    { header: '发放金额（元）', key: 'paidYuan', width: 16, style: { numFmt: YUAN_FORMAT } },
    { header: '办理天数中位数', key: 'median', width: 14 },
    { header: '逾期案件', key: 'overdue', width: 10 },
    { header: '在册困难职工', key: 'files', width: 12 },
    { header: '资金余额（元）', key: 'balanceYuan', width: 16, style: { numFmt: YUAN_FORMAT } },
    { header: '满意率', key: 'satisfaction', width: 10, style: { numFmt: PERCENT } },
    { header: '示范站占比', key: 'demonstration', width: 12, style: { numFmt: PERCENT } },
  ];
  for (const { unit, rollup } of rows) {
    sheet.addRow({
      unit: unit.name,
      newCases: rollup.newCases,
      decided: rollup.decidedCases,
      approved: rollup.approvedCases,
      rejected: rollup.rejectedCases,
      closed: rollup.closedCases,
      approvedYuan: rollup.approvedFen / 100,
      paidYuan: rollup.paidFen / 100,
      median: rollup.medianDecisionDays,
      overdue: rollup.overdueCases,
      files: rollup.activeFilesByCategory.reduce((sum, row) => sum + row.count, 0),
      balanceYuan: rollup.fundBalanceFen / 100,
      satisfaction: rollup.satisfactionRate,
      demonstration: rollup.demonstrationRatio,
    });
  }
  await workbook.xlsx.writeFile(filePath);
  return { rows: rows.length };
}
