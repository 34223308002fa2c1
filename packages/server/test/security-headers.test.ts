// Regression for issue #13: no response carried a Content-Security-Policy,
// X-Frame-Options, Referrer-Policy or nosniff. Every kind of answer of the
// real app is checked: the page, an API list, a 401, a 400, an API 404, the
// OpenAPI page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/test/engines.ts';
import { as, startHarness, type Harness } from './loop/harness.ts';

function expectSecurityHeaders(res: { statusCode: number; headers: Record<string, unknown> }, what: string): void {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval')/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('same-origin');
}

describeEachEngine('security headers', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  it('are on every response: page, API, errors, 404, OpenAPI', async () => {
    const headers = as(h, 'ops_center', 'own');
    const cases: [string, { method?: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: unknown }, number][] = [
      ['web page', { url: '/houses/H1' }, 0],
      ['API list', { url: '/api/houses', headers }, 200],
      ['signed out', { url: '/api/houses' }, 401],
      ['validation error', { url: '/api/houses?q=a%00b', headers }, 400],
      ['unknown API path', { url: '/api/nothing-here', headers }, 404],
      ['OpenAPI', { url: '/api/docs/json' }, 200],
    ];
    for (const [what, req, status] of cases) {
      const res = await h.app.inject({ method: req.method ?? 'GET', url: req.url, headers: req.headers, payload: req.payload as string });
      if (status) expect(res.statusCode, what).toBe(status);
      expectSecurityHeaders(res, what);
    }
  });
});
