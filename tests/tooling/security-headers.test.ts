import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '@bangfu/shared';

const root = resolve(import.meta.dirname, '../..');

describe('security headers of the deployment', () => {
  it('has nginx send the apps the same headers as the API and vite preview, on every location it answers itself', async () => {
    const headers = await readFile(resolve(root, 'deploy/security-headers.conf'), 'utf8');
    const written = Object.fromEntries(
      [...headers.matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map(([, name, value]) => [name, value] as const),
    );
    expect(written).toEqual(SECURITY_HEADERS);

    const site = await readFile(resolve(root, 'deploy/nginx.conf'), 'utf8');
    const locations = [...site.matchAll(/^\s*location ([^{]+)\{(.*)\}$/gm)].map(([, path, body]) => ({ path: path.trim(), body }));
    const ownAnswers = locations.filter((location) => !location.body.includes('proxy_pass'));
    expect(ownAnswers.map((location) => location.path)).toContain('/');
    for (const location of ownAnswers) expect(location.body, location.path).toContain('include /etc/nginx/security-headers.conf;');
    // the caller's address, never what the caller wrote
    const proxy = await readFile(resolve(root, 'deploy/api-proxy.conf'), 'utf8');
    expect(proxy).toMatch(/^proxy_set_header X-Forwarded-For \$remote_addr;$/m);
    for (const location of locations.filter((entry) => entry.body.includes('proxy_pass'))) {
      expect(location.body, location.path).toContain('include /etc/nginx/api-proxy.conf;');
    }
  });
});
