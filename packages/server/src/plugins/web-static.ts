// Serves the built cockpit (packages/web/dist) from the API's own port:
// files as they are, hashed assets cached for a year, and index.html for any
// other non-/api GET so that the browser router can take deep links
// (/houses/H001 after a reload). /api/* never falls back to the page: an
// unknown API path stays a JSON 404. Registered last in app.ts.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>群租哨兵</title>
<body style="font-family:sans-serif;padding:48px"><h1>前端尚未构建</h1>
<p>接口已在运行（<a href="/api/docs">/api/docs</a>）。请先构建数据驾驶舱：<code>npm run build -w @sentinel/web</code>，然后刷新本页。</p>
<p>The web app is not built yet: run <code>npm run build -w @sentinel/web</code> and reload.</p></body></html>`;

/** The file under root that a URL path names, or null when it escapes root or is not a file. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
  try {
    const s = await stat(file);
    return s.isFile() ? file : null;
  } catch {
    return null;
  }
}

async function sendFile(reply: FastifyReply, file: string, immutable: boolean): Promise<FastifyReply> {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Vite fingerprints everything under assets/; the page itself and the service worker must always be revalidated.
  reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  return reply.type(type).send(await readFile(file));
}

export interface WebStaticOptions {
  /** Folder of the built app; default packages/web/dist. */
  root?: string;
}

export async function webStatic(app: FastifyInstance, options: WebStaticOptions = {}): Promise<void> {
  const root = path.resolve(options.root ?? DEFAULT_WEB_DIST);
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const urlPath = request.url.split('?')[0];
    if (urlPath === '/api' || urlPath.startsWith('/api/')) return reply.callNotFound();
    const index = path.join(root, 'index.html');
    if (!existsSync(index)) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    const file = urlPath === '/' ? null : await resolveFile(root, urlPath);
    if (file) return sendFile(reply, file, urlPath.startsWith('/assets/'));
    // A missing asset is a real 404; any other path is a page of the browser router.
    if (urlPath.startsWith('/assets/') || path.extname(urlPath) !== '') return reply.callNotFound();
    return sendFile(reply, index, false);
  });
}
