import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Where evidence bytes live. Keys are `<caseId>/<uploadKey>`, both validated, so they never escape the root. */
export interface DocumentStore {
  put(key: string, bytes: Buffer): Promise<void>;
  pathOf(key: string): string;
}

/** Local disk (a mounted volume in deployment). Writes go to a temporary name first, so a crash never leaves half a file. */
export class DiskDocumentStore implements DocumentStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.part`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  }

  pathOf(key: string): string {
    return join(this.root, key);
  }
}
