import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Handlers } from '../../core/contract';
import type { ProgressEvent } from '../../core/progress';
import { dispatch } from '../services/dispatch';

/**
 * The loopback HTTP bridge: serves the built renderer and the contract to a browser, so the real
 * UI can run in Chromium against the real services in tests and development. It listens on
 * 127.0.0.1 only, and every API call must carry the random token given in the page's URL.
 */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};

/** The page CSP over the bridge: as strict as the app's, except that fetch may reach this origin. */
const bridgeCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const maxBodyBytes = 5 * 1024 * 1024;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(body);
}

/** A running bridge; `broadcast` sends a progress event to every page listening on GET /api/events. */
export type Bridge = { url: string; token: string; broadcast: (event: ProgressEvent) => void; close: () => Promise<void> };

/** Writes one Server-Sent Event (a JSON object on one data: line; JSON has no raw newlines). */
function writeEvent(response: ServerResponse, event: ProgressEvent): void {
  response.write(`event: progress\ndata: ${JSON.stringify(event)}\n\n`);
}

/** Starts the bridge on a random loopback port; `rendererDir` holds the built renderer. */
export async function startBridge(options: { handlers: Handlers; rendererDir: string; port?: number }): Promise<Bridge> {
  const token = randomBytes(24).toString('hex');
  const root = resolve(options.rendererDir);
  let origin = '';
  const listeners = new Set<ServerResponse>();

  /** GET /api/events?token=…: the progress stream (EventSource cannot send headers, so the token is a query parameter). */
  function openEvents(request: IncomingMessage, response: ServerResponse, url: URL): void {
    if (!sameToken(url.searchParams.get('token') ?? '', token)) return send(response, 401, 'text/plain', 'bad token');
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return send(response, 403, 'text/plain', 'bad origin');
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', Connection: 'keep-alive' });
    // A comment line first, so the client sees the stream open before the first event.
    response.write(': open\n\n');
    listeners.add(response);
    request.on('close', () => listeners.delete(response));
  }

  const server = createServer((request, response) => {
    void (async () => {
      const host = request.headers.host ?? '';
      // Refuse DNS-rebinding: only our own loopback host name is served.
      if (host !== origin.replace('http://', '')) return send(response, 421, 'text/plain', 'wrong host');
      const url = new URL(request.url ?? '/', origin);
      if (url.pathname === '/api/events' && request.method === 'GET') return openEvents(request, response, url);
      if (url.pathname.startsWith('/api/')) {
        if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only');
        const given = (request.headers['x-dossier-token'] as string | undefined) ?? '';
        if (!sameToken(given, token)) return send(response, 401, 'text/plain', 'bad token');
        const requestOrigin = request.headers.origin;
        if (requestOrigin !== undefined && requestOrigin !== origin) return send(response, 403, 'text/plain', 'bad origin');
        let input: unknown;
        try {
          input = JSON.parse((await readBody(request)) || '{}');
        } catch {
          return send(response, 400, 'text/plain', 'invalid JSON');
        }
        const result = await dispatch(options.handlers, decodeURIComponent(url.pathname.slice(5)), input);
        return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      }
      if (request.method !== 'GET') return send(response, 405, 'text/plain', 'GET only');
      const relativePath = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
      const file = normalize(join(root, relativePath));
      if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
        return send(response, 404, 'text/plain', 'not found');
      }
      let body: string | Buffer = readFileSync(file);
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') {
        // The built page carries the production CSP (connect-src 'none'); over the bridge it may fetch its own origin.
        body = body.toString('utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        response.setHeader('Content-Security-Policy', bridgeCsp);
      }
      return send(response, 200, type, body);
    })().catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    token,
    broadcast: (event) => { for (const listener of listeners) writeEvent(listener, event); },
    close: () => new Promise<void>((done) => {
      // Open event streams never end by themselves; end them so the server can close.
      for (const listener of listeners) listener.end();
      listeners.clear();
      server.close(() => done());
    }),
  };
}
