import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../core/progress';
import { startBridge } from '../../electron/bridge/bridge-server';
import { openTestServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** A raw HTTP request, so the Host header and odd paths go out exactly as written. */
function raw(url: string, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) {
  const target = new URL(url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Opens the progress stream and resolves with its status and the first `progress` event's data. */
function firstEvent(origin: string, host: string, path: string, onOpen: () => void) {
  const target = new URL(origin);
  return new Promise<{ status: number; type: string; event: ProgressEvent | null }>((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, method: 'GET', path, headers: { Host: host, Accept: 'text/event-stream' } }, (res) => {
      const type = String(res.headers['content-type'] ?? '');
      if (res.statusCode !== 200) {
        res.resume();
        return resolve({ status: res.statusCode ?? 0, type, event: null });
      }
      let text = '';
      let opened = false;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (!opened && text.includes(': open\n\n')) {
          opened = true;
          onOpen();
        }
        const match = /event: progress\ndata: (.*)\n\n/.exec(text);
        if (match) {
          resolve({ status: 200, type, event: JSON.parse(match[1]!) as ProgressEvent });
          req.destroy();
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function bridgeFixture() {
  const rendererDir = tempDir();
  writeFileSync(
    join(rendererDir, 'index.html'),
    `<html><head><meta http-equiv="Content-Security-Policy" content="connect-src 'none'"></head><body>app</body></html>`,
  );
  const services = openTestServices(tempDir());
  const bridge = await startBridge({ handlers: services.handlers, rendererDir });
  const origin = new URL(bridge.url).origin;
  return { ...services, bridge, origin, host: new URL(bridge.url).host };
}

describe('loopback bridge', () => {
  it('listens on 127.0.0.1 and serves the contract to a caller holding the token', async () => {
    const f = await bridgeFixture();
    expect(new URL(f.bridge.url).hostname).toBe('127.0.0.1');
    const ok = await raw(f.origin, { method: 'POST', path: '/api/app:info', headers: { 'X-Dossier-Token': f.bridge.token, Host: f.host }, body: '{}' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { version: '0.1.0' } });
    await f.bridge.close();
    f.close();
  });

  it('refuses a missing or wrong token, a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const f = await bridgeFixture();
    const api = { method: 'POST', path: '/api/app:info', body: '{}' };
    expect((await raw(f.origin, { ...api, headers: { Host: f.host } })).status).toBe(401);
    expect((await raw(f.origin, { ...api, headers: { Host: f.host, 'X-Dossier-Token': 'x'.repeat(48) } })).status).toBe(401);
    expect((await raw(f.origin, { ...api, headers: { Host: 'evil.example:80', 'X-Dossier-Token': f.bridge.token } })).status).toBe(421);
    expect((await raw(f.origin, { ...api, headers: { Host: f.host, Origin: 'http://evil.example', 'X-Dossier-Token': f.bridge.token } })).status).toBe(403);
    await f.bridge.close();
    f.close();
  });

  it('serves the page with a CSP header in place of the production meta tag, and nothing outside its folder', async () => {
    const f = await bridgeFixture();
    const page = await raw(f.origin, { headers: { Host: f.host } });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain("connect-src 'none'");
    expect(String(page.headers['content-security-policy'])).toContain("connect-src 'self'");
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      expect((await raw(f.origin, { path, headers: { Host: f.host } })).status).toBe(404);
    }
    await f.bridge.close();
    f.close();
  });

  it('returns malformed input as an error result naming the field', async () => {
    const f = await bridgeFixture();
    const res = await raw(f.origin, {
      method: 'POST', path: '/api/case:get', headers: { Host: f.host, 'X-Dossier-Token': f.bridge.token }, body: '{"id":"x"}',
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'id' } });
    await f.bridge.close();
    f.close();
  });

  it('streams broadcast progress events to a page holding the token, and refuses a wrong token', async () => {
    const f = await bridgeFixture();
    const event: ProgressEvent = { operation: 'bundle:build', jobId: 'job-1', done: 3, total: 20, message: { zh: '已编入证据三（3/20）', en: 'Added exhibit 3 of 20' } };
    const received = await firstEvent(f.origin, f.host, `/api/events?token=${f.bridge.token}`, () => f.bridge.broadcast(event));
    expect(received.status).toBe(200);
    expect(received.type).toContain('text/event-stream');
    expect(received.event).toEqual(event);
    const wrong = await firstEvent(f.origin, f.host, `/api/events?token=${'x'.repeat(48)}`, () => undefined);
    expect(wrong.status).toBe(401);
    expect((await firstEvent(f.origin, f.host, '/api/events', () => undefined)).status).toBe(401);
    expect((await raw(f.origin, { path: `/api/events?token=${f.bridge.token}`, headers: { Host: 'evil.example:80' } })).status).toBe(421);
    await f.bridge.close();
    f.close();
  });
});
