// Hostile text input (issue 13): a NUL character anywhere in a request is a
// 400 naming the field (it used to reach PostgreSQL and come back as a 500);
// every text field has a length limit that OpenAPI shows and the server
// enforces with a Chinese message; a name field refuses an ID number.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/test/engines.ts';
import { as, startHarness, type Harness } from './loop/harness.ts';

describeEachEngine('input limits', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  const expectRefused = (res: { statusCode: number; json: () => { code: string; message: string } }, ...parts: string[]) => {
    expect(res.statusCode, JSON.stringify(res.json())).toBe(400);
    expect(res.json().code).toBe('VALIDATION');
    for (const part of parts) expect(res.json().message).toContain(part);
  };

  it('refuses a NUL character in a query parameter, a path parameter, a body field and a body key, naming the field', async () => {
    const headers = as(h, 'ops_center', 'own');
    expectRefused(await h.app.inject({ method: 'GET', url: '/api/houses?q=a%00b', headers }), '查询参数 /q', '空字符');
    expectRefused(await h.app.inject({ method: 'GET', url: '/api/houses/H%001', headers }), '路径参数 /houseId', '空字符');
    expectRefused(await h.app.inject({
      method: 'POST', url: '/api/intake/reports', headers,
      payload: { channel: 'resident', address: '汾西路261弄12号101室', content: '夜间\u0000多人进出' },
    }), '请求内容 /content', '空字符');
    expectRefused(await h.app.inject({
      method: 'PUT', url: '/api/admin/templates/rectification_notice', headers: as(h, 'admin', 'own'),
      payload: { schema: 'sentinel-document-template/1', ['x\u0000']: 1 },
    }), '请求内容 /x\\u0000', '空字符');
  });

  it('checks the session before the body: signed out, a bad body is 401, never a 400 describing the fields', async () => {
    for (const url of ['/api/intake/reports', '/api/cases/c1/transitions', '/api/households/H1/parties']) {
      const res = await h.app.inject({ method: 'POST', url, payload: { address: '汾'.repeat(5000), unknown: 1 } });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().code).toBe('auth.not_authenticated');
    }
    expect((await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } })).statusCode).toBe(400);
  });

  it('refuses over-long text and too many list items with the limit in Chinese', async () => {
    const headers = as(h, 'ops_center', 'own');
    expectRefused(await h.app.inject({
      method: 'POST', url: '/api/intake/reports', headers,
      payload: { channel: 'resident', address: '汾'.repeat(201) },
    }), '请求内容 /address', '不应超过 200 个字符');
    expectRefused(await h.app.inject({
      method: 'POST', url: '/api/intake/alerts', headers,
      payload: { houseId: 'H1', score: 0.9, level: 'red', reasons: Array.from({ length: 101 }, () => '夜间用电高') },
    }), '请求内容 /reasons', '最多 100 项');
  });

  it('refuses an ID number typed into a name field, and stores nothing', async () => {
    const headers = as(h, 'committee', 'own');
    for (const name of ['310101199001011234', '张三 31010119900101123X']) {
      expectRefused(await h.app.inject({ method: 'POST', url: '/api/households/H1/parties', headers, payload: { kind: 'tenant', name } }), '请求内容 /name', '身份证号');
    }
    const file = await h.app.inject({ method: 'GET', url: '/api/households/H1', headers });
    expect(file.json().parties).toEqual([]);
    const ok = await h.app.inject({ method: 'POST', url: '/api/households/H1/parties', headers, payload: { kind: 'tenant', name: '张三', idLast4: '123X' } });
    expect(ok.statusCode).toBe(201);
  });

  it('shows the limits in OpenAPI', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const body = (path: string) => doc.paths[path].post.requestBody.content['application/json'].schema.properties;
    expect(body('/api/intake/reports').content).toMatchObject({ type: ['string', 'null'], maxLength: 2000 });
    expect(body('/api/households/{houseId}/parties').name).toMatchObject({ maxLength: 40, pattern: expect.stringContaining('\\d{17}') });
    expect(body('/api/intake/alerts').reasons.maxItems).toBe(100);
    const houseQuery = doc.paths['/api/houses/'].get.parameters.find((p: { name: string }) => p.name === 'q');
    expect(houseQuery.schema.maxLength).toBe(100);
  });
});
