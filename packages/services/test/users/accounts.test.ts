// Account management on both engines: changing one's own password (other
// sessions end, a wrong current password is throttled), an
// administrator's reset (all sessions end, the throttle is cleared, a change is forced) and
// deactivation (sessions end, sign-in refused only once the password is
// right, never oneself nor the last administrator), each audited without
// any password in the audit row.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import {
  changeOwnPassword, createUser, deactivateUser, login, reactivateUser, resetUserPassword, resolveSession,
  type CurrentUser, type ServiceContext, type UserView,
} from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { userOf } from '../closed-loop/fixtures.ts';

const OLD = 'old-password-123';
const NEW = 'new-password-456';
const T0 = Date.parse('2026-03-02T09:00:00+08:00');

describeEachEngine('user accounts', (engine) => {
  let db: Database;
  const now = () => T0;
  // The administrator that created everyone; not a row of the database, so the "last administrator" rule can be met.
  const bootstrap = (): ServiceContext => ({ db, user: userOf('admin', 'whole', 'bootstrap-admin'), now });
  const ctxOf = (u: UserView | CurrentUser): ServiceContext => ({ db, user: { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitName: u.unitName, jurisdiction: u.jurisdiction }, now });
  const anon = () => ({ db, now });
  const signIn = (username: string, password: string) => login({ ctx: anon(), input: { username, password } });
  const alive = async (token: string) => (await resolveSession({ ctx: anon(), input: { token } })) !== null;
  const audit = async (action: string) =>
    (await db.query<{ actor_id: string; target_id: string; detail: Record<string, unknown> }>('SELECT actor_id, target_id, detail FROM audit_log WHERE action = $1 ORDER BY id', [action])).rows;
  const make = async (username: string, role: 'grid_worker' | 'admin' = 'grid_worker'): Promise<UserView> => {
    const u = userOf(role, 'own');
    return createUser({ ctx: bootstrap(), input: { username, displayName: username, role, unitName: u.unitName, jurisdiction: u.jurisdiction, password: OLD } });
  };
  const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? String(e));

  beforeEach(async () => { db = await engine.open(); });
  afterEach(async () => db.close());

  it('changing one\'s own password keeps this session, ends the others, and is audited without the password', async () => {
    const grid = await make('grid1');
    const here = await signIn('grid1', OLD);
    const phone = await signIn('grid1', OLD);
    const res = await changeOwnPassword({ ctx: ctxOf(grid), input: { currentPassword: OLD, newPassword: NEW, keepSessionToken: here.token } });
    expect(res).toEqual({ revokedSessions: 1 });
    expect(await alive(here.token)).toBe(true);
    expect(await alive(phone.token)).toBe(false);
    expect(await codeOf(signIn('grid1', OLD))).toBe('auth.invalid_credentials');
    expect((await signIn('grid1', NEW)).mustChangePassword).toBe(false);
    const rows = await audit('user.password_change');
    expect(rows).toEqual([{ actor_id: grid.id, target_id: grid.id, detail: { revokedSessions: 1 } }]);
    expect(JSON.stringify(rows)).not.toContain('password-');
  });

  it('refuses a wrong current password (throttled in the user\'s own lane), a short one and an unchanged one', async () => {
    const grid = await make('grid2');
    const change = (currentPassword: string, newPassword: string) => codeOf(changeOwnPassword({ ctx: ctxOf(grid), input: { currentPassword, newPassword } }));
    expect(await change(OLD, 'short')).toBe('invalid_input');
    expect(await change(OLD, OLD)).toBe('invalid_input');
    for (let i = 0; i < 5; i++) expect(await change('wrong-password-0', NEW)).toBe('auth.wrong_password');
    expect(await change('wrong-password-0', NEW)).toBe('auth.throttled'); // after the fifth failure: wait, never a lockout
    expect(await change(OLD, NEW)).toBe('auth.throttled');
    expect(await codeOf(signIn('grid2', OLD))).toBe('ok'); // sign-in is another lane
    expect(await audit('user.password_change')).toEqual([]);
    expect((await audit('user.password_change_failed')).length).toBe(5);
    expect((await audit('user.password_change_throttled')).length).toBe(2);
  });

  it('an administrator\'s reset ends every session, clears the sign-in throttle, forces a change at the next sign-in; never one\'s own', async () => {
    const admin = await make('admin1', 'admin');
    const grid = await make('grid3');
    const s = await signIn('grid3', OLD);
    for (let i = 0; i < 5; i++) await codeOf(signIn('grid3', 'wrong-password-0'));
    expect(await codeOf(signIn('grid3', OLD))).toBe('auth.throttled');

    expect(await codeOf(resetUserPassword({ ctx: ctxOf(grid), input: { userId: admin.id, newPassword: NEW } }))).toBe('auth.forbidden');
    expect(await codeOf(resetUserPassword({ ctx: ctxOf(admin), input: { userId: admin.id, newPassword: NEW } }))).toBe('user.self_reset');
    expect(await codeOf(resetUserPassword({ ctx: ctxOf(admin), input: { userId: 'nobody', newPassword: NEW } }))).toBe('not_found');
    expect(await codeOf(resetUserPassword({ ctx: ctxOf(admin), input: { userId: grid.id, newPassword: 'short' } }))).toBe('invalid_input');

    const view = await resetUserPassword({ ctx: ctxOf(admin), input: { userId: grid.id, newPassword: NEW } });
    expect(view).toMatchObject({ id: grid.id, active: true, mustChangePassword: true });
    expect(await alive(s.token)).toBe(false);
    const next = await signIn('grid3', NEW);
    expect(next.mustChangePassword).toBe(true);
    expect((await resolveSession({ ctx: anon(), input: { token: next.token } }))?.mustChangePassword).toBe(true);
    await changeOwnPassword({ ctx: ctxOf(grid), input: { currentPassword: NEW, newPassword: 'third-password-789', keepSessionToken: next.token } });
    expect((await resolveSession({ ctx: anon(), input: { token: next.token } }))?.mustChangePassword).toBe(false);
    const rows = await audit('user.password_reset');
    expect(rows).toEqual([{ actor_id: admin.id, target_id: grid.id, detail: { username: 'grid3', mustChangePassword: true, revokedSessions: 1 } }]);
    expect(JSON.stringify(rows)).not.toContain(NEW);
  });

  it('deactivation ends every session at once, refuses sign-in only after the password is right, keeps the user; reactivation undoes it', async () => {
    const admin = await make('admin2', 'admin');
    const grid = await make('grid4');
    const s1 = await signIn('grid4', OLD);
    const s2 = await signIn('grid4', OLD);
    expect(await codeOf(deactivateUser({ ctx: ctxOf(grid), input: { userId: admin.id } }))).toBe('auth.forbidden');

    const view = await deactivateUser({ ctx: ctxOf(admin), input: { userId: grid.id } });
    expect(view).toMatchObject({ active: false, deactivatedAt: new Date(T0).toISOString() });
    expect(await alive(s1.token)).toBe(false);
    expect(await alive(s2.token)).toBe(false);
    expect(await codeOf(signIn('grid4', 'wrong-password-0'))).toBe('auth.invalid_credentials'); // tells nothing about the account
    expect(await codeOf(signIn('grid4', OLD))).toBe('auth.deactivated');
    expect((await db.query<{ deactivated_by: string }>('SELECT deactivated_by FROM users WHERE id = $1', [grid.id])).rows).toEqual([{ deactivated_by: admin.id }]);
    // Again: nothing changes, nothing more is audited.
    await deactivateUser({ ctx: ctxOf(admin), input: { userId: grid.id } });
    expect(await audit('user.deactivate')).toEqual([{ actor_id: admin.id, target_id: grid.id, detail: { username: 'grid4', revokedSessions: 2 } }]);

    expect(await reactivateUser({ ctx: ctxOf(admin), input: { userId: grid.id } })).toMatchObject({ active: true, deactivatedAt: null });
    expect((await signIn('grid4', OLD)).user.id).toBe(grid.id);
    expect(await audit('user.reactivate')).toEqual([{ actor_id: admin.id, target_id: grid.id, detail: { username: 'grid4' } }]);
  });

  it('an administrator cannot deactivate themself nor the last active administrator', async () => {
    const a1 = await make('admin3', 'admin');
    const a2 = await make('admin4', 'admin');
    expect(await codeOf(deactivateUser({ ctx: ctxOf(a1), input: { userId: a1.id } }))).toBe('user.self_deactivation');
    await deactivateUser({ ctx: ctxOf(a1), input: { userId: a2.id } });
    // a1 is now the only active administrator: whoever acts (here the bootstrap account), it stays.
    expect(await codeOf(deactivateUser({ ctx: bootstrap(), input: { userId: a1.id } }))).toBe('user.last_admin');
    expect((await signIn('admin3', OLD)).user.id).toBe(a1.id);
  });
});
