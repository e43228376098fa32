import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Resident ID numbers and mainland mobile numbers are masked wherever they appear in free text. */
const ID_NUMBER = /(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])/g;
const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

export const scrubText = (text: string): string => text.replace(ID_NUMBER, '$1********$2').replace(PHONE, '$1****$2');

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  // errors keep their shape for the `err` serializer, which scrubs them itself
  if (depth > 6 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, depth + 1)]));
}

/** Field names that never reach the log in any form (domain.md §8: sensitive data is never logged). */
const REDACTED_KEYS = ['password', 'token', 'idNumber', 'phone', 'authorization', 'cookie', 'passwordHash', 'idNumberEnc'];
const redactPaths = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]).concat([
  'req.headers.authorization',
  'req.headers.cookie',
  'variables',
]);

export function createLogger(level: string, name: string, destination?: DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      redact: { paths: redactPaths, censor: '[redacted]' },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          // the message text is not part of the logged object, so it is scrubbed here
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>);
        },
      },
      serializers: {
        err: (error: Error & { code?: unknown }) => ({
          type: error.name,
          code: error.code,
          message: scrubText(String(error.message ?? '')),
          stack: error.stack && scrubText(error.stack),
        }),
      },
    },
    destination,
  );
}
