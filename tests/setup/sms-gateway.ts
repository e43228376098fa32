import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Aliyun's SMS API (dysmsapi SendSms, RPC style), the one true edge of the worker: it counts
 * requests by our reference (OutId) and keeps the template, never the phone number (personal data). It can refuse
 * with a provider code, or hold requests unanswered so a test can kill the worker in the middle of a send.
 */
export async function startSmsGateway() {
  const received = new Map<string, number>();
  const requests: { outId: string; signName: string | null; templateCode: string | null; templateParam: unknown }[] = [];
  const open = new Set<ServerResponse>();
  let holding = false;
  let refuseWith: string | null = null;
  const answer = (response: ServerResponse) => {
    open.delete(response);
    const code = refuseWith ?? 'OK';
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ Code: code, Message: code, BizId: code === 'OK' ? String(Date.now()) : undefined, RequestId: 'gateway' }),
    );
  };
  const server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://gateway').searchParams;
    request.resume();
    request.on('end', () => {
      if (
        request.headers['x-acs-action'] !== 'SendSms' ||
        !String(request.headers.authorization).startsWith('ACS3-HMAC-SHA256 Credential=test-key,')
      ) {
        return void response.writeHead(400).end();
      }
      const outId = query.get('OutId') ?? '';
      received.set(outId, (received.get(outId) ?? 0) + 1);
      requests.push({
        outId,
        signName: query.get('SignName'),
        templateCode: query.get('TemplateCode'),
        templateParam: JSON.parse(query.get('TemplateParam') ?? 'null'),
      });
      open.add(response);
      response.on('close', () => open.delete(response));
      if (!holding) answer(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Requests per reference: above 1 is a message the provider was asked to send again. */
    received,
    requests,
    duplicates: () => [...received.values()].reduce((extra, count) => extra + count - 1, 0),
    /** Requests the gateway has received and not answered. */
    held: () => open.size,
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const response of [...open]) answer(response);
    },
    refuse(code: string | null) {
      refuseWith = code;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type SmsGateway = Awaited<ReturnType<typeof startSmsGateway>>;

export const gatewaySmsSettings = (gateway: SmsGateway) => ({
  SMS_PROVIDER: 'aliyun' as const,
  ALIYUN_SMS_ACCESS_KEY_ID: 'test-key',
  ALIYUN_SMS_ACCESS_KEY_SECRET: 'test-secret',
  ALIYUN_SMS_SIGN_NAME: '帮扶',
  ALIYUN_SMS_TEMPLATE_CODE: 'SMS_0001',
  ALIYUN_SMS_CODE_TEMPLATE_CODE: 'SMS_0002',
  ALIYUN_SMS_ENDPOINT: gateway.endpoint,
});
