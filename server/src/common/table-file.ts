import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** One CSV field (quoted, with "" for a quote, or bare) and what ends it. */
const CSV_FIELD = /(?:"((?:[^"]|"")*)"|([^,\r\n]*))(,|\r\n|\n|\r|$)/y;

/** Splits CSV text into rows of fields (RFC 4180 quoting), slicing the text rather than building fields a character at a time. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (let at = 0; at < text.length;) {
    CSV_FIELD.lastIndex = at;
    const match = CSV_FIELD.exec(text)!;
    row.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]);
    at = CSV_FIELD.lastIndex;
    if (match[3] === ',') {
      // a comma at the very end still ends an empty last field
      if (at === text.length) row.push('');
      continue;
    }
    rows.push(row);
    row = [];
    if (match[3] === '') break;
  }
  return rows;
}

/** Text cells of the first worksheet of an .xlsx, row by row, `columns` wide; whole numbers without decimals. */
async function xlsxRows(bytes: Buffer, columns: number): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= columns; column += 1) {
      const value = row.getCell(column).value;
      cells.push(
        value === null || value === undefined ? '' : typeof value === 'number' ? value.toFixed(2).replace(/\.00$/, '') : String(value),
      );
    }
    rows.push(cells);
  });
  return rows;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** CSV text as Chinese offices send it: UTF-8 (with or without a byte-order mark) when it is valid UTF-8, else GB18030. */
function decodeCsv(bytes: Buffer): string {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return bytes.subarray(3).toString('utf8');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

const isXlsx = (bytes: Buffer) => bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/** The rows of an uploaded table: .xlsx by its zip signature (first sheet, `columns` wide), else CSV. */
export async function readTableFile(bytes: Buffer, columns: number): Promise<string[][]> {
  return isXlsx(bytes) ? xlsxRows(bytes, columns) : csvRows(decodeCsv(bytes));
}

/** The first row of an uploaded table, read without the rest of a CSV (an upload is checked before it is kept). */
export async function readTableHeader(bytes: Buffer, columns: number): Promise<string[] | undefined> {
  if (isXlsx(bytes)) return (await xlsxRows(bytes, columns))[0];
  const head = bytes.subarray(0, 64 * 1024);
  const end = head.indexOf(0x0a);
  return csvRows(decodeCsv(end < 0 ? head : head.subarray(0, end)))[0];
}
