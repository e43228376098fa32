import { appendFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { maskPhone } from '@bangfu/shared';
import type { Logger } from '../../common/logger.js';

export interface SmsMessage {
  /** Our id for the message (the notification's), passed to the provider for delivery reports. */
  reference: string;
  phone: string;
  text: string;
  /** Template variables for providers that send approved templates only (all mainland providers). */
  params: Record<string, string>;
  /** A one-time code goes out in the provider's verification-code template, anything else in the notice one. */
  template?: 'code';
}

export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

/**
 * Development and tests: writes that a message went out, with the phone masked, and keeps the last ones. With an
 * inbox directory (npm start's .data/sms-inbox) each message's text is also appended to `<phone>.txt` there, the
 * stand-in for the phone itself: the log never holds a code or a number in clear.
 */
export class LogSmsSender implements SmsSender {
  readonly sent: SmsMessage[] = [];

  constructor(
    private readonly logger: Logger,
    private readonly inboxDir?: string,
  ) {}

  async send(message: SmsMessage): Promise<void> {
    this.sent.push(message);
    if (this.inboxDir) {
      await mkdir(this.inboxDir, { recursive: true });
      await appendFile(join(this.inboxDir, `${message.phone}.txt`), `${new Date().toISOString()} ${message.text}\n`);
    }
    this.logger.info({ to: maskPhone(message.phone), length: message.text.length, reference: message.reference }, 'sms (log sender)');
  }
}

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  codeTemplateCode: string;
  endpoint: URL;
}

// The Aliyun SDK is CommonJS with a `default` export; loading it through require keeps its class intact.
const require = createRequire(import.meta.url);
const dysms = require('@alicloud/dysmsapi20170525') as typeof import('@alicloud/dysmsapi20170525');
const openapi = require('@alicloud/openapi-core') as typeof import('@alicloud/openapi-core');

/** Aliyun SMS (dysmsapi): sends the approved template with the message's variables. */
export class AliyunSmsSender implements SmsSender {
  private readonly client: InstanceType<typeof dysms.default>;

  constructor(private readonly config: AliyunSmsConfig) {
    this.client = new dysms.default(
      new openapi.$OpenApiUtil.Config({
        accessKeyId: config.accessKeyId,
        accessKeySecret: config.accessKeySecret,
        endpoint: config.endpoint.host,
        protocol: config.endpoint.protocol.replace(':', ''),
      }),
    );
  }

  async send(message: SmsMessage): Promise<void> {
    const response = await this.client.sendSms(
      new dysms.SendSmsRequest({
        phoneNumbers: message.phone,
        signName: this.config.signName,
        templateCode: message.template === 'code' ? this.config.codeTemplateCode : this.config.templateCode,
        templateParam: JSON.stringify(message.params),
        outId: message.reference,
      }),
    );
    if (response.body?.code !== 'OK') throw new Error(`aliyun sms refused: ${response.body?.code ?? 'no answer'}`);
  }
}
