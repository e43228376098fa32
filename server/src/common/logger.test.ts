import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubText } from './logger.js';

describe(scrubText.name, () => {
  it('masks ID numbers and mobile numbers inside free text', () => {
    const text = 'duplicate key (id)=(11010519491231002X) phone 13812345678';
    expect(scrubText(text)).toBe('duplicate key (id)=(110105********002X) phone 138****5678');
  });
});

describe(createLogger.name, () => {
  it('never writes passwords, tokens, ID numbers or phones', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('info', 'test', sink);
    logger.info(
      { password: 'secret-1', token: 'tok-1', input: { idNumber: '11010519491231002X', phone: '13812345678' } },
      'hello 13812345678',
    );
    logger.error({ err: new Error('duplicate key (id_number)=(11010519491231002X)') }, 'failed');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toMatch(/secret-1|tok-1|11010519491231002X|13812345678/);
  });
});
