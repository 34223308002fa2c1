// The whole loop through the HTTP API (login, cookies, CSRF, multipart
// photos), on PGlite and PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { clearChecklist, groupRentalChecklist, JPEG } from '../../../services/test/closed-loop/fixtures.ts';
import { as, multipartFile, signInAll, type Harness } from './harness.ts';

export function apiLoopTests(harness: () => Harness): void {
  describe('closed loop through the API', () => {
  let h: Harness;
  beforeAll(() => { h = harness(); });

  const post = (url: string, who: ReturnType<typeof as>, payload: unknown) => h.app.inject({ method: 'POST', url, headers: who, payload: payload as object });
  const transition = (caseId: string, who: ReturnType<typeof as>, action: string, evidence: object = {}) => post(`/api/cases/${caseId}/transitions`, who, { action, evidence });
  const upload = async (houseId: string, who: ReturnType<typeof as>, seed: string): Promise<string> => {
    const { payload, headers } = multipartFile(JPEG(seed), `${seed}.jpg`);
    const res = await h.app.inject({ method: 'POST', url: `/api/households/${houseId}/attachments`, headers: { ...who, ...headers }, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  };

  it('confirm path: alert → dispatch → accept → confirm → notices → pass → monitoring', async () => {
    const ops = as(h, 'ops_center', 'own');
    const committee = as(h, 'committee', 'own');
    const opened = await post('/api/intake/alerts', ops, { houseId: 'H1', score: 0.88, level: 'red', reasons: ['用水异常'] });
    expect(opened.statusCode, opened.body).toBe(200);
    const id = opened.json().caseId;
    const d = await transition(id, ops, 'dispatch');
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json().case.deadline).toMatchObject({ kind: 'verification', dueDate: '2026-03-05', status: 'on_time' });
    expect((await transition(id, committee, 'accept_dispatch')).statusCode).toBe(200);
    const bad = await transition(id, committee, 'confirm', { checklist: groupRentalChecklist() });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'case.evidence_missing', requestId: expect.any(String) });
    const photo = await upload('H1', committee, 'h1');
    expect((await transition(id, committee, 'confirm', { checklist: groupRentalChecklist(), photoIds: [photo] })).statusCode).toBe(200);
    const notices = ['rectification', 'population_registration', 'rental_filing'].map((kind) => ({ kind, servedAt: h.clock.t, photoIds: [photo] }));
    expect((await transition(id, committee, 'serve_notices', { notices })).statusCode).toBe(200);
    const pass = await transition(id, as(h, 'enforcement', 'own'), 'pass_acceptance', { units: ['enforcement', 'committee'], acceptance: { passed: true }, photoIds: [photo] });
    expect(pass.statusCode, pass.body).toBe(200);
    const mon = await transition(id, as(h, 'safety_office', 'own'), 'start_monitoring');
    expect(mon.json().case.state).toBe('monitoring');
    const detail = await h.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: ops });
    expect(detail.json().timeline.map((e: { action: string | null; kind: string }) => e.action ?? e.kind)).toEqual(['opened', 'dispatch', 'accept_dispatch', 'confirm', 'serve_notices', 'pass_acceptance', 'start_monitoring']);
    const file = await h.app.inject({ method: 'GET', url: '/api/households/H1', headers: committee });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.json()).toMatchObject({ house: { houseId: 'H1' }, notices: expect.any(Array), attachments: [{ id: photo, mime: 'image/jpeg' }] });
    const img = await h.app.inject({ method: 'GET', url: `/api/households/H1/attachments/${photo}?purpose=${encodeURIComponent('核对整改前照片')}`, headers: committee });
    expect(img.statusCode, img.body).toBe(200);
    expect(img.headers['content-type']).toBe('image/jpeg');
    expect(img.headers['cache-control']).toBe('private, no-store');
    expect(new Uint8Array(img.rawPayload)).toEqual(JPEG('h1'));

    // The view is personal data and logged once; refused reads log nothing.
    expect((await h.app.inject({ method: 'GET', url: `/api/households/H1/attachments/${photo}`, headers: as(h, 'committee', 'other') })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'GET', url: `/api/households/H1/attachments/${photo}`, headers: as(h, 'admin', 'own') })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'GET', url: `/api/households/H2/attachments/${photo}`, headers: committee })).statusCode).toBe(404);
    const me = (await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: committee })).json().user;
    const audit = await h.app.inject({ method: 'GET', url: '/api/users/audit?targetKind=house&targetId=H1', headers: as(h, 'admin', 'own') });
    expect(audit.statusCode, audit.body).toBe(200);
    const views = audit.json().items.filter((e: { action: string }) => e.action === 'attachment.view');
    expect(views).toEqual([expect.objectContaining({
      actorId: me.id, actorRole: 'committee', targetKind: 'house', targetId: 'H1', purpose: '核对整改前照片', at: new Date(h.clock.t).toISOString(),
      detail: { attachmentId: photo, caseId: null, mime: 'image/jpeg' },
    })]);
  });

  it('rule-out path from a 12345 ticket matched by address, and no-access path', async () => {
    const ops = as(h, 'ops_center', 'own');
    const grid = as(h, 'grid_worker', 'own');
    const r = await post('/api/intake/reports', ops, { channel: '12345', ticketId: 'T9', address: '汾西路261弄12号102室', category: '群租' });
    expect(r.json()).toMatchObject({ status: 'opened', houseId: 'H2', match: 'exact' });
    const id = r.json().caseId;
    await transition(id, ops, 'dispatch', { assignee: { role: 'grid_worker', unitName: '汾西居民区居委会' } });
    expect((await transition(id, grid, 'accept_dispatch')).statusCode).toBe(200);
    const photo = await upload('H2', grid, 'h2');
    const out = await transition(id, grid, 'rule_out', { checklist: clearChecklist(), photoIds: [photo] });
    expect(out.json().case.state).toBe('not_group_rental');

    const p = await post('/api/intake/reports', grid, { channel: 'patrol', houseId: 'H3' });
    const id3 = p.json().caseId;
    await transition(id3, ops, 'dispatch');
    await transition(id3, as(h, 'committee', 'own'), 'accept_dispatch');
    const na = await transition(id3, grid, 'record_no_access', { note: '无人应答' });
    expect(na.json().case.state).toBe('no_access');
    const esc = await transition(id3, grid, 'report_to_safety_office', { note: '请平安办牵头联合上门' });
    expect(esc.json().case).toMatchObject({ state: 'escalated', deadline: { kind: 'joint_visit' } });
  });

  it('refusal path: joint visit → confirm → acceptance fails twice → interview → joint enforcement → monitoring → relapse opens a linked case in joint enforcement', async () => {
    // Moving the clock by days expires sessions: `who` signs in again when needed; the clock is put back at the end.
    const t0 = h.clock.t;
    const later = async (days: number) => { h.clock.t += days * 86_400_000; await signInAll(h); };
    const ops = () => as(h, 'ops_center', 'own');
    const committee = () => as(h, 'committee', 'own');
    const safety = () => as(h, 'safety_office', 'own');
    const enforcement = () => as(h, 'enforcement', 'own');
    const ok = async (res: Promise<{ statusCode: number; body: string; json: () => { case: { state: string }; openedCaseId?: string } }>) => {
      const r = await res;
      expect(r.statusCode, r.body).toBe(200);
      return r.json();
    };
    const opened = await post('/api/intake/alerts', ops(), { houseId: 'H5', score: 0.7, level: 'yellow', reasons: ['用电异常'] });
    const id = opened.json().caseId;
    await ok(transition(id, ops(), 'dispatch'));
    await ok(transition(id, committee(), 'accept_dispatch'));
    await ok(transition(id, committee(), 'record_no_access', { note: '多次敲门无人应答' }));
    await ok(transition(id, committee(), 'report_to_safety_office', { note: '请求联合上门' }));
    await ok(transition(id, safety(), 'joint_visit', { units: ['safety_office', 'police'] }));
    const photo = await upload('H5', committee(), 'h5');
    await ok(transition(id, safety(), 'confirm', { checklist: groupRentalChecklist(), photoIds: [photo] }));
    const notices = ['rectification', 'population_registration', 'rental_filing'].map((kind) => ({ kind, servedAt: h.clock.t, photoIds: [photo] }));
    await ok(transition(id, committee(), 'serve_notices', { notices }));
    const failing = { units: ['enforcement', 'committee'], acceptance: { passed: false, remainingViolations: '隔断未拆除' }, photoIds: [photo] };
    const early = await transition(id, enforcement(), 'fail_acceptance', failing);
    expect(early.json().code).toBe('case.deadline_not_reached');
    await later(10);
    await ok(transition(id, enforcement(), 'fail_acceptance', failing));
    await ok(transition(id, enforcement(), 'interview', { interviewed: ['owner', 'sublessor'], note: '约谈业主及二房东' }));
    await later(6);
    await ok(transition(id, enforcement(), 'fail_acceptance', failing));
    await ok(transition(id, safety(), 'complete_enforcement', { units: ['safety_office', 'enforcement', 'police'], photoIds: [photo], note: '拆除隔断，清退 6 人' }));
    expect((await ok(transition(id, safety(), 'start_monitoring'))).case.state).toBe('monitoring');
    await later(20);
    const relapse = await ok(transition(id, committee(), 'relapse', { checklist: groupRentalChecklist(), photoIds: [photo] }));
    expect(relapse.case.state).toBe('relapsed');
    const next = await h.app.inject({ method: 'GET', url: `/api/cases/${relapse.openedCaseId}`, headers: ops() });
    // 回潮从严: the linked case is already in 集中联合整治, where the joint team finishes it.
    expect(next.json()).toMatchObject({ state: 'joint_enforcement', stateLabel: '集中联合整治', source: 'relapse', relapseOf: id, assignee: null });
    const forSafety = await h.app.inject({ method: 'GET', url: `/api/cases/${relapse.openedCaseId}`, headers: safety() });
    expect(forSafety.json().availableActions).toEqual(['complete_enforcement']);
    h.clock.t = t0;
    await signInAll(h);
  });

  it('official case numbers: 临汾群租〔YYYY〕NNNN号, taken when the case opens, distinct and gap-free under concurrency', async () => {
    const ops = as(h, 'ops_center', 'own');
    const houses = ['H4', 'H6', 'X1', 'X2', 'X3', 'X4'];
    const opened = await Promise.all(houses.map((houseId) => post('/api/intake/alerts', ops, { houseId, score: 0.6, level: 'yellow', reasons: ['用水异常'] })));
    for (const r of opened) expect(r.statusCode, r.body).toBe(200);
    const rows = (await h.db.query<{ id: string; case_number: string; number_prefix: string; number_year: number; number_seq: number }>(
      'SELECT id, case_number, number_prefix, number_year, number_seq FROM cases ORDER BY number_seq')).rows;
    expect(rows.map((r) => r.number_seq)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.case_number)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.case_number).toMatch(/^临汾群租〔2026〕\d{4}号$/);
      expect(r.case_number).toBe(`临汾群租〔${r.number_year}〕${String(r.number_seq).padStart(4, '0')}号`);
    }
    // People see the number; the internal id stays in the URL.
    const one = opened[0].json().caseId as string;
    const view = (await h.app.inject({ method: 'GET', url: `/api/cases/${one}`, headers: ops })).json();
    expect(view.number).toBe(rows.find((r) => r.id === one)?.case_number);
    const list = (await h.app.inject({ method: 'GET', url: '/api/cases?pageSize=100', headers: ops })).json();
    expect(list.items.every((c: { number: string }) => /^临汾群租〔2026〕\d{4}号$/.test(c.number))).toBe(true);
  });

  it('sessions: 401 without a cookie, 403 without the CSRF header, 429 after 5 wrong passwords from one address but no lockout', async () => {
    const anon = await h.app.inject({ method: 'GET', url: '/api/cases' });
    expect(anon.statusCode).toBe(401);
    const { cookie } = as(h, 'ops_center', 'own');
    const noCsrf = await h.app.inject({ method: 'POST', url: '/api/intake/alerts', headers: { cookie }, payload: { houseId: 'H4', score: 0.5, level: 'yellow', reasons: [] } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('auth.csrf');
    const login = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'market-own', password: 'test-password-123' } });
    expect(login.cookies.find((c) => c.name === 'sentinel_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const from = (remoteAddress: string, password: string) =>
      h.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username: 'police-other', password } });
    for (let i = 0; i < 5; i++) expect((await from('203.0.113.5', 'wrong-password')).statusCode).toBe(401);
    const throttled = await from('203.0.113.5', 'wrong-password');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().code).toBe('auth.throttled');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // Not a lockout: the account's owner, from another address, signs in with the right password.
    expect((await from('198.51.100.20', 'test-password-123')).statusCode).toBe(200);
  });

  it('every error message is Chinese: no English tail, validation errors name the field in Chinese', async () => {
    const ops = as(h, 'ops_center', 'own');
    const english = /[A-Za-z]{3,}(?: [A-Za-z]{2,}){2,}/; // an English phrase of three words or more
    const responses = [
      await h.app.inject({ method: 'GET', url: '/api/cases' }),
      await h.app.inject({ method: 'POST', url: '/api/intake/alerts', headers: { cookie: ops.cookie }, payload: { houseId: 'H4', score: 0.5, level: 'yellow', reasons: [] } }),
      await h.app.inject({ method: 'GET', url: '/api/cases/case_missing', headers: ops }),
      await h.app.inject({ method: 'GET', url: '/api/households/X1', headers: as(h, 'committee', 'own') }),
      await transition('case_missing', ops, 'dispatch', { dueInWorkingDays: 'soon' }),
      await post('/api/intake/alerts', ops, { houseId: 'H4', score: 'high' }),
      await h.app.inject({ method: 'POST', url: '/api/intake/alerts', headers: { ...ops, 'content-type': 'application/json' }, payload: '{not json' }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([401, 403, 404, 403, 400, 400, 400]);
    for (const r of responses) {
      const { message } = r.json() as { message: string };
      expect(message, r.body).toMatch(/[\u4e00-\u9fff]/);
      expect(message, r.body).not.toMatch(english);
    }
    expect(responses[4].json().message).toContain('应为整数');
    expect(responses[5].json().message).toMatch(/缺少字段|应为数字/);
  });

  it('the common errors of daily work answer in Chinese, with no English tail in brackets (#11 item 7)', async () => {
    const ops = as(h, 'ops_center', 'own');
    const committee = as(h, 'committee', 'own');
    const opened = await post('/api/intake/alerts', ops, { houseId: 'H6', score: 0.8, level: 'red', reasons: ['用水异常'] });
    expect(opened.statusCode, opened.body).toBe(200);
    const fresh = opened.json().caseId as string;
    const get = (url: string, who: ReturnType<typeof as>) => h.app.inject({ method: 'GET', url, headers: who });
    const cases: [string, Promise<{ statusCode: number; body: string }>, number | number[]][] = [
      // 429 once earlier tests' failures from this address slow it down: Chinese either way.
      ['wrong password', h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ops-center-own', password: 'not-the-password' } }), [401, 429]],
      ['no permission', get('/api/users', committee), 403],
      ['outside the jurisdiction', get('/api/households/H1', as(h, 'committee', 'other')), 403],
      ['unknown route', get('/api/no-such-thing', ops), 404],
      ['unknown case', get('/api/cases/case_missing', ops), 404],
      ['step not available in this state', transition(fresh, ops, 'close'), 409],
      ['evidence missing', transition(fresh, ops, 'dispatch', { assignee: { role: 'committee', unitName: '不存在的居委会' } }), 422],
      ['bad phone', post('/api/households/H6/parties', committee, { kind: 'owner', name: '王五', phone: '12' }), 400],
      ['report without house or address', post('/api/intake/reports', committee, { channel: 'patrol' }), 400],
      ['reveal without purpose', post('/api/households/H6/parties/reveal', committee, { purpose: ' ' }), 400],
      ['day range reversed', get('/api/users/audit?from=2026-03-05&to=2026-03-01', as(h, 'admin', 'own')), 400],
      ['access window too long', get('/api/houses/H6/access?days=9999', committee), 400],
      ['bulletin period reversed', get('/api/bulletins?from=2026-03-31&to=2026-03-01', ops), 400],
    ];
    const problems: string[] = [];
    for (const [what, pending, status] of cases) {
      const res = await pending;
      const { message } = JSON.parse(res.body) as { message: string };
      if (![status].flat().includes(res.statusCode)) problems.push(`${what}: status ${res.statusCode}, want ${status} — ${res.body.slice(0, 160)}`);
      // Chinese, no English phrase, and no "(english words)" tail: a field is named as （字段 phone）.
      if (!/[\u4e00-\u9fff]/.test(message) || /[A-Za-z]{3,}(?: [A-Za-z]{2,}){2,}/.test(message) || /\([A-Za-z][^()]*\)\s*$/.test(message)) problems.push(`${what}: ${message}`);
    }
    expect(problems).toEqual([]);
  });

  it('OpenAPI describes every closed-loop route', async () => {
    const paths = Object.keys((await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json().paths);
    for (const p of ['/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/auth/password', '/api/users/', '/api/users/audit', '/api/users/{id}/password', '/api/users/{id}/deactivate', '/api/users/{id}/reactivate', '/api/intake/alerts', '/api/intake/reports', '/api/intake/queue',
      '/api/intake/queue/{reportId}/match', '/api/intake/complaints/take-in', '/api/cases', '/api/cases/{caseId}', '/api/cases/{caseId}/transitions', '/api/whistle/precision',
      '/api/households/{houseId}', '/api/households/{houseId}/parties', '/api/households/{houseId}/parties/reveal', '/api/households/{houseId}/attachments',
      '/api/households/{houseId}/attachments/{attachmentId}']) {
      expect(paths).toContain(p);
    }
  });
  });
}
