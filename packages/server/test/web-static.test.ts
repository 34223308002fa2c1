import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { webStatic } from '../src/plugins/web-static.ts';
import { tempDir } from '../../../test/temp-dir.ts';

describe('serving the built web app', () => {
  let app: FastifyInstance;
  let emptyApp: FastifyInstance;
  beforeAll(async () => {
    const root = tempDir('sentinel-web-');
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>驾驶舱</title>');
    writeFileSync(path.join(root, 'assets', 'app-abc.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'manifest.webmanifest'), '{}');
    app = Fastify();
    app.get('/api/health', async () => ({ ok: true }));
    await app.register(webStatic, { root });
    emptyApp = Fastify();
    await emptyApp.register(webStatic, { root: path.join(root, 'missing') });
  });
  afterAll(async () => { await app.close(); await emptyApp.close(); });

  it('serves index.html at / and for deep links of the browser router', async () => {
    for (const url of ['/', '/houses/H000001', '/map?level=community']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('驾驶舱');
    }
  });

  it('serves hashed assets as immutable, with their type', async () => {
    const res = await app.inject({ url: '/assets/app-abc.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/javascript');
    expect(res.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/manifest.webmanifest' })).headers['content-type']).toContain('manifest+json');
  });

  it('never falls back for /api, missing assets or paths escaping the folder', async () => {
    expect((await app.inject({ url: '/api/health' })).json()).toEqual({ ok: true });
    expect((await app.inject({ url: '/api/unknown' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/gone-123.js' })).statusCode).toBe(404);
    const escape = await app.inject({ url: '/..%2f..%2f..%2fetc%2fpasswd' });
    expect(escape.body).not.toContain('root:');
  });

  it('explains in Chinese how to build when dist is missing', async () => {
    const res = await emptyApp.inject({ url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build -w @sentinel/web');
  });
});
