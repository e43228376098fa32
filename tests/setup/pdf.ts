import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(bytes: Buffer, read: (path: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), 'bangfu-pdf-'));
  try {
    const path = join(directory, 'document.pdf');
    await writeFile(path, bytes);
    return await read(path);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The PDF's text as poppler's pdftotext reads it (layout kept, pages split by form feeds). */
export const pdfText = (bytes: Buffer): Promise<string> =>
  withFile(bytes, async (path) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'])).stdout);

/** The fonts a PDF uses, as poppler's pdffonts lists them: name, embedded, subset. */
export const pdfFonts = (bytes: Buffer): Promise<{ name: string; embedded: boolean; subset: boolean }[]> =>
  withFile(bytes, async (path) => {
    const lines = (await run('pdffonts', [path])).stdout.split('\n').slice(2).filter(Boolean);
    return lines.map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type encoding emb sub uni object-id generation: read from the right, the type may hold spaces
      const [emb, sub] = columns.slice(-5, -3);
      return { name: columns[0], embedded: emb === 'yes', subset: sub === 'yes' };
    });
  });

/** The first page of a PDF as a PNG (poppler's pdftoppm), for docs/screenshots. */
export const pdfFirstPagePng = (bytes: Buffer, outFile: string): Promise<void> =>
  withFile(bytes, async (path) => {
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path, outFile.replace(/\.png$/, '')]);
  });
