import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@sentinel/db';
import { buildApp, type App } from '../src/index.ts';

describe('HTTP server on an empty embedded database', () => {
  let db: Database;
  let app: App;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    app = await buildApp({ db, logger: false });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('reports health with the engine', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { engine: 'pglite', reachable: true } });
  });

  it('refuses the house register and import status without a session, with the common error body', async () => {
    for (const url of ['/api/houses?page=1&pageSize=10', '/api/houses/H1', '/api/imports/status', '/api/imports/1/rejected']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json()).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
    }
  });

  it('rejects bad paging with a 400 body of the common shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/houses?pageSize=100000' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION', requestId: expect.any(String) });
  });

  it('serves an OpenAPI document that lists every route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of ['/api/health', '/api/houses/', '/api/houses/{houseId}', '/api/imports/', '/api/imports/status', '/api/imports/{id}', '/api/imports/{id}/rejected']) {
      expect(paths).toContain(p);
    }
  });

  it('answers unknown routes with the common error body', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});
