import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | null | Date;

const escapeText = (value: string): string =>
  value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);

function encodeCell(cell: Cell): string {
  if (cell === null) return '\\N';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'boolean') return cell ? 't' : 'f';
  return typeof cell === 'number' ? String(cell) : escapeText(cell);
}

/**
 * One COPY … FROM STDIN into `table`, fed row by row in PostgreSQL's text format, buffered into ~256 KB
 * chunks and waiting for the socket to drain, so millions of rows stream in constant memory.
 */
export class CopyWriter {
  private buffer: string[] = [];
  private bufferedChars = 0;
  private stream: NodeJS.WritableStream | null = null;
  rows = 0;

  private constructor() {}

  static async open(client: PoolClient, table: string, columns: string[]): Promise<CopyWriter> {
    const writer = new CopyWriter();
    writer.stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
    return writer;
  }

  async write(cells: Cell[]): Promise<void> {
    const line = `${cells.map(encodeCell).join('\t')}\n`;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows += 1;
    if (this.bufferedChars > 262_144) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    if (!this.stream!.write(chunk)) await once(this.stream!, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    const finished = once(this.stream!, 'finish');
    this.stream!.end();
    await finished;
  }
}
