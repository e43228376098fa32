import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Splits CSV text into rows of fields (RFC 4180 quoting). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
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

/** The rows of an uploaded table: .xlsx by its zip signature (first sheet, `columns` wide), else CSV. */
export async function readTableFile(bytes: Buffer, columns: number): Promise<string[][]> {
  const isXlsx = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  return isXlsx ? xlsxRows(bytes, columns) : csvRows(decodeCsv(bytes));
}
