import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

// One local server that plays two parties. Asked as 127.0.0.1 it is the news site: it serves the
// repository's files, with `{{THIRD_PARTY}}` in HTML replaced by its other name. Asked as
// localhost (another site to the browser: cookies and SameSite follow the host, not the port)
// it is a third party: `/third/set-cookies` sets Lax, Strict, None and default cookies, and every
// `/third/…` picture it serves is recorded with the Cookie header it arrived with.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** A picture, in one colour, with a label: what the third party serves at every /third/ path. */
const thirdPartySvg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450"><rect width="100%" height="100%" fill="#5a8fb0"/><text x="24" y="48" font-family="sans-serif" font-size="28" fill="#fff">third party: ${label}</text></svg>`;

export interface RecordedRequest {
  /** Path and query, e.g. /third/pixel.svg?id=street */
  path: string;
  cookie: string;
  at: number;
}

export interface HostileServer {
  /** The news site, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The same server as a third party, e.g. http://localhost:41234 */
  thirdParty: string;
  url(path: string): string;
  /** Every third-party request so far, oldest first. */
  thirdPartyRequests(): RecordedRequest[];
  close(): Promise<void>;
}

const COOKIES = [
  'fw_lax=1; SameSite=Lax; Path=/',
  'fw_strict=1; SameSite=Strict; Path=/',
  // Browsers accept Secure cookies from http://localhost (a secure context).
  'fw_none=1; SameSite=None; Secure; Path=/',
  'fw_default=1; Path=/',
];

export async function startHostileServer(root = '.'): Promise<HostileServer> {
  const base = resolve(root);
  const recorded: RecordedRequest[] = [];
  let port = 0;
  const thirdParty = () => `http://localhost:${port}`;

  const serveThirdParty = (req: IncomingMessage, path: string) => {
    if (path.startsWith('/third/set-cookies')) {
      return { status: 200, headers: { 'content-type': TYPES['.html']!, 'set-cookie': COOKIES }, body: '<p>Cookies set.</p>' };
    }
    recorded.push({ path, cookie: req.headers.cookie ?? '', at: Date.now() });
    const label = new URL(path, 'http://x').pathname.split('/').pop() ?? '';
    return { status: 200, headers: { 'content-type': TYPES['.svg']!, 'cache-control': 'no-store' }, body: thirdPartySvg(label) };
  };

  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    const host = (req.headers.host ?? '').split(':')[0];
    if (host === 'localhost' && path.startsWith('/third/')) {
      const answer = serveThirdParty(req, path);
      res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    const file = normalize(join(base, decodeURIComponent(new URL(path, 'http://x').pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) body = body.toString('utf8').replaceAll('{{THIRD_PARTY}}', thirdParty());
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    thirdParty: thirdParty(),
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    thirdPartyRequests: () => [...recorded],
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
