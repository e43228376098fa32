import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTableFile, readTableHeader } from './table-file.js';

describe('uploaded tables', () => {
  it('splits CSV as RFC 4180 quotes it, with every line ending, an empty last field and no row for a final line break', async () => {
    const text = '姓名,备注,金额\r\n张三,"说 ""好"", 就好",1\n李四,,2\r"王,五","多\n行",\n';
    expect(await readTableFile(Buffer.from(text), 3)).toEqual([
      ['姓名', '备注', '金额'],
      ['张三', '说 "好", 就好', '1'],
      ['李四', '', '2'],
      ['王,五', '多\n行', ''],
    ]);
    // a stray quote inside a bare field is kept as text
    expect(await readTableFile(Buffer.from('a"b,c\n'), 2)).toEqual([['a"b', 'c']]);
  });

  it('reads GB18030 and UTF-8 alike, and the header alone without the rest', async () => {
    const text = '姓名,身份证号\n周玉珍,1\n';
    expect(await readTableFile(iconv.encode(text, 'gb18030'), 2)).toEqual(await readTableFile(Buffer.from(`\ufeff${text}`), 2));
    expect(await readTableHeader(iconv.encode(`${text}${'x,y\n'.repeat(50_000)}`, 'gb18030'), 2)).toEqual(['姓名', '身份证号']);
  });
});
