// Account management through the HTTP API on both engines: an old cookie is
// 401 at the very next request after a deactivation, a password change signs
// out the other sessions only, the self-deactivation and the sign-in of a
// deactivated account are refused with their codes, and every change leaves
// an audit row.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import { createUser, type ServiceContext } from '@sentinel/services';
import { describeEachEngine } from '../../db/test/engines.ts';
import { userOf } from '../../services/test/closed-loop/fixtures.ts';
import { buildApp, type App } from '../src/index.ts';
import { tempDir } from '../../../test/temp-dir.ts';

const PASSWORD = 'test-password-123';
const NEW = 'changed-password-456';

interface Signed { cookie: string; csrf: string; mustChangePassword: boolean }

describeEachEngine('account management API', (engine) => {
  let db: Database;
  let app: App;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await engine.open();
    const now = () => Date.parse('2026-03-02T09:00:00+08:00');
    app = await buildApp({ db, logger: false, now, attachmentsDir: tempDir('sentinel-acct-att-'), loginPerMinute: 1000 });
    const bootstrap: ServiceContext = { db, user: userOf('admin', 'whole', 'bootstrap-admin'), now };
    for (const [username, role] of [['admin', 'admin'], ['grid', 'grid_worker'], ['police', 'police']] as const) {
      const u = userOf(role, 'own');
      ids[username] = (await createUser({ ctx: bootstrap, input: { username, displayName: username, role, unitName: u.unitName, jurisdiction: u.jurisdiction, password: PASSWORD } })).id;
    }
  });
  afterAll(async () => { await app?.close(); await db?.close(); });

  const signIn = async (username: string, password = PASSWORD): Promise<Signed> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    expect(res.statusCode, res.body).toBe(200);
    return { cookie: res.cookies.filter((c) => c.name.startsWith('sentinel_')).map((c) => `${c.name}=${c.value}`).join('; '), csrf: res.json().csrfToken, mustChangePassword: res.json().mustChangePassword };
  };
  const headers = (s: Signed) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });
  const me = async (s: Signed) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
  const post = (s: Signed, url: string, payload?: object) => app.inject({ method: 'POST', url, headers: headers(s), ...(payload ? { payload } : {}) });
  const auditActions = async (targetId: string, admin: Signed): Promise<string[]> =>
    (await app.inject({ method: 'GET', url: `/api/users/audit?targetKind=user&targetId=${targetId}`, headers: headers(admin) })).json().items.map((r: { action: string }) => r.action);

  it('own password change: this session stays, the others answer 401, the old password stops working', async () => {
    const here = await signIn('police');
    const there = await signIn('police');
    const wrong = await post(here, '/api/auth/password', { currentPassword: 'not-the-password', newPassword: NEW });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'auth.wrong_password', message: expect.stringContaining('当前密码错误') });
    expect((await post(here, '/api/auth/password', { currentPassword: PASSWORD, newPassword: 'short' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie: here.cookie }, payload: { currentPassword: PASSWORD, newPassword: NEW } })).json().code).toBe('auth.csrf');

    const ok = await post(here, '/api/auth/password', { currentPassword: PASSWORD, newPassword: NEW });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ revokedSessions: 1 });
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(there)).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'police', password: PASSWORD } })).statusCode).toBe(401);
    await signIn('police', NEW);
    const admin = await signIn('admin');
    expect(await auditActions(ids.police, admin)).toContain('user.password_change');
  });

  it('deactivation: the old cookie is 401 at once, sign-in answers auth.deactivated only with the right password; reactivation restores it', async () => {
    const admin = await signIn('admin');
    const grid = await signIn('grid');
    expect((await me(grid)).statusCode).toBe(200);
    expect((await post(grid, `/api/users/${ids.admin}/deactivate`)).statusCode).toBe(403);

    const off = await post(admin, `/api/users/${ids.grid}/deactivate`);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ id: ids.grid, active: false, deactivatedAt: expect.any(String) });
    expect((await me(grid)).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'grid', password: 'wrong-password-0' } })).statusCode).toBe(401);
    const refused = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'grid', password: PASSWORD } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'auth.deactivated', message: expect.stringContaining('账号已停用，请联系管理员') });
    const list = (await app.inject({ method: 'GET', url: '/api/users', headers: headers(admin) })).json().items;
    expect(list.find((u: { id: string }) => u.id === ids.grid)).toMatchObject({ active: false }); // kept, never deleted

    expect((await post(admin, `/api/users/${ids.grid}/reactivate`)).json()).toMatchObject({ active: true, deactivatedAt: null });
    await signIn('grid');
    expect(await auditActions(ids.grid, admin)).toEqual(expect.arrayContaining(['user.deactivate', 'user.reactivate']));
  });

  it('an administrator cannot deactivate themself or reset their own password; unknown users are 404', async () => {
    const admin = await signIn('admin');
    const self = await post(admin, `/api/users/${ids.admin}/deactivate`);
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('user.self_deactivation');
    expect((await post(admin, `/api/users/${ids.admin}/password`, { newPassword: NEW })).json().code).toBe('user.self_reset');
    expect((await post(admin, '/api/users/nobody/deactivate')).statusCode).toBe(404);
    expect((await me(admin)).statusCode).toBe(200);
  });

  it('reset: every session of the user ends, the next sign-in and /me say a change is due until it is made', async () => {
    const admin = await signIn('admin');
    const grid = await signIn('grid');
    const reset = await post(admin, `/api/users/${ids.grid}/password`, { newPassword: NEW });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json()).toMatchObject({ mustChangePassword: true });
    expect((await me(grid)).statusCode).toBe(401);
    const again = await signIn('grid', NEW);
    expect(again.mustChangePassword).toBe(true);
    expect((await me(again)).json().mustChangePassword).toBe(true);
    // until the change is made, nothing but /me, the change and sign-out answers
    const blocked = await app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: again.cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'auth.password_change_required' });
    expect((await post(again, '/api/auth/password', { currentPassword: NEW, newPassword: 'grid-own-password-1' })).statusCode).toBe(200);
    expect((await me(again)).json().mustChangePassword).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: again.cookie } })).statusCode).toBe(200);
    expect(await auditActions(ids.grid, admin)).toContain('user.password_reset');
  });

  it('creation: the new user must change the password at first sign-in unless the administrator unticks it; audited', async () => {
    const admin = await signIn('admin');
    const u = userOf('committee', 'own');
    const body = (username: string) => ({ username, displayName: '居委干部', role: 'committee', unitName: u.unitName, jurisdiction: u.jurisdiction, password: PASSWORD });
    const created = await post(admin, '/api/users', body('cw1'));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ username: 'cw1', mustChangePassword: true, active: true });
    const first = await signIn('cw1');
    expect(first.mustChangePassword).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: first.cookie } })).json().code).toBe('auth.password_change_required');

    const chosen = await post(admin, '/api/users', { ...body('cw2'), mustChangePassword: false });
    expect(chosen.json()).toMatchObject({ username: 'cw2', mustChangePassword: false });
    expect((await signIn('cw2')).mustChangePassword).toBe(false);

    const taken = await post(admin, '/api/users', body('cw1'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'user.exists' });
    const noHood = await post(admin, '/api/users', { ...body('cw3'), jurisdiction: { ...u.jurisdiction, neighborhood: null } });
    expect(noHood.statusCode).toBe(400);
    expect(noHood.json().message).toContain('居委会须指定居民区');
    expect(await auditActions(created.json().id, admin)).toContain('user.create');
  });

  it('a user created with the documented null jurisdiction is stored as null and sees the whole subdistrict (#13: was "" and [""])', async () => {
    const admin = await signIn('admin');
    const u = userOf('ops_center', 'own');
    const created = await post(admin, '/api/users', {
      username: 'ops-null', displayName: '城运值班', role: 'ops_center', unitName: u.unitName, mustChangePassword: false, password: PASSWORD,
      jurisdiction: { subdistrict: u.jurisdiction.subdistrict, neighborhood: null, communities: null },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().jurisdiction).toEqual({ subdistrict: u.jurisdiction.subdistrict, neighborhood: null, communities: null });
    const stored = await db.query('SELECT scope_neighborhood, scope_communities FROM users WHERE username = $1', ['ops-null']);
    expect(stored.rows).toEqual([{ scope_neighborhood: null, scope_communities: null }]);
    expect((await me(await signIn('ops-null'))).json().user.jurisdiction).toEqual({ subdistrict: u.jurisdiction.subdistrict, neighborhood: null, communities: null });
  });

  it('OpenAPI documents the account routes', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/api/docs/json' })).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/auth/password', '/api/users/{id}/password', '/api/users/{id}/deactivate', '/api/users/{id}/reactivate']));
  });
});
