import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { formatYuan, parseYuan } from '@bangfu/shared';
import { readTableFile } from '../../common/table-file.js';
import { YUAN_FORMAT } from './ledger-export.js';

/**
 * The bank's files (代发文件 and 回盘文件), as the README documents them. Payout file: a header row, one row per line
 * (批次号, 序号, 收款账号, 收款户名, 开户银行, 金额, 用途), then a totals row (合计, the number of lines, the total);
 * CSV in GB18030, as Chinese bank portals read it, or .xlsx. Return file: a header row, then per line 批次号, 序号,
 * 收款账号, 收款户名, 金额, 处理结果 (成功 / 失败), 失败原因; CSV in GB18030 (UTF-8 with a byte-order mark is read too)
 * or .xlsx.
 */
export const PAYOUT_COLUMNS = ['批次号', '序号', '收款账号', '收款户名', '开户银行', '金额', '用途'] as const;
export const RETURN_COLUMNS = ['批次号', '序号', '收款账号', '收款户名', '金额', '处理结果', '失败原因'] as const;
export const TOTALS_LABEL = '合计';

export interface PayoutFileLine {
  lineNo: number;
  accountNumber: string;
  holderName: string;
  bankName: string;
  amountFen: number;
  purpose: string;
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvRow = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** Writes the payout file; answers the number of bytes written. */
export async function writePayoutFile(
  filePath: string,
  format: 'CSV' | 'XLSX',
  reference: string,
  lines: PayoutFileLine[],
): Promise<{ lines: number; totalFen: number }> {
  await mkdir(dirname(filePath), { recursive: true });
  const totalFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
  const rows = lines.map((line) => [
    reference,
    String(line.lineNo),
    line.accountNumber,
    line.holderName,
    line.bankName,
    formatYuan(line.amountFen),
    line.purpose,
  ]);
  const totals = [TOTALS_LABEL, String(lines.length), '', '', '', formatYuan(totalFen), ''];
  if (format === 'CSV') {
    const text = [PAYOUT_COLUMNS as readonly string[], ...rows, totals].map(csvRow).join('');
    await writeFile(filePath, iconv.encode(text, 'gb18030'));
  } else {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('代发明细');
    sheet.columns = PAYOUT_COLUMNS.map((header, index) => ({ header, width: [20, 8, 24, 12, 28, 14, 30][index] }));
    // account numbers stay text: as numbers Excel would round a 19-digit card to 15 significant digits
    for (const row of rows) sheet.addRow([row[0], Number(row[1]), row[2], row[3], row[4], Number(row[5]), row[6]]);
    sheet.addRow([TOTALS_LABEL, lines.length, '', '', '', totalFen / 100, '']);
    sheet.getColumn(3).numFmt = '@';
    sheet.getColumn(6).numFmt = YUAN_FORMAT;
    await workbook.xlsx.writeFile(filePath);
  }
  return { lines: lines.length, totalFen };
}

export interface ReturnLine {
  /** The row in the file, counting the header as 1, as a spreadsheet shows it. */
  row: number;
  reference: string;
  lineNo: number | null;
  accountNumber: string;
  holderName: string;
  amountFen: number | null;
  outcome: 'ARRIVED' | 'FAILED' | null;
  message: string;
}

const OUTCOMES: Record<string, 'ARRIVED' | 'FAILED'> = {
  成功: 'ARRIVED',
  已到账: 'ARRIVED',
  SUCCESS: 'ARRIVED',
  ARRIVED: 'ARRIVED',
  失败: 'FAILED',
  FAILED: 'FAILED',
  FAILURE: 'FAILED',
};

/** Reads a return file (.xlsx by its zip signature, else CSV in GB18030 or UTF-8 with a BOM) into lines after the header. */
export async function parseReturnFile(bytes: Buffer): Promise<ReturnLine[]> {
  const rows = await readTableFile(bytes, RETURN_COLUMNS.length);
  return rows.slice(1).flatMap((fields, index): ReturnLine[] => {
    const cells = fields.map((field) => field.trim());
    if (cells.every((cell) => cell === '') || cells[0] === TOTALS_LABEL) return [];
    const lineNo = /^\d{1,9}$/.test(cells[1] ?? '') ? Number(cells[1]) : null;
    return [
      {
        row: index + 2,
        reference: cells[0] ?? '',
        lineNo,
        accountNumber: (cells[2] ?? '').replace(/[\s-]/g, ''),
        holderName: cells[3] ?? '',
        amountFen: parseYuan(cells[4] ?? ''),
        outcome: OUTCOMES[(cells[5] ?? '').toUpperCase()] ?? null,
        message: cells[6] ?? '',
      },
    ];
  });
}
