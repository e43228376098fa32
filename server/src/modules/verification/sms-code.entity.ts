import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';

/** What a code is for; a code of one purpose never serves another. */
export const SMS_CODE_PURPOSES = ['REGISTER', 'LOGIN', 'RESET_PASSWORD', 'CONFIRM_RECEIPT'] as const;
export type SmsCodePurpose = (typeof SMS_CODE_PURPOSES)[number];

/** A one-time code sent to a phone; kept as an HMAC, sealed only until it is sent. */
@Entity({ tableName: 'sms_code' })
export class SmsCode {
  [OptionalProps]?: 'attempts' | 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: 'string' })
  phone!: string;

  @Property({ type: 'string' })
  purpose!: SmsCodePurpose;

  @Property({ type: 'text', lazy: true })
  codeHash!: string;

  @Property({ type: 'text', nullable: true, lazy: true })
  codeEnc?: string | null;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
