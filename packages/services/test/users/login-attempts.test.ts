// Sign-in under attack (issue #13) on both engines. Before: 5 wrong passwords
// locked any account (423) and the right password was refused too; unknown
// names never locked, which told which names exist; failures were not
// audited; `aaaaaaaaaa` was an acceptable password.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import { createUser, login, passwordProblem, type ServiceContext } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { userOf } from '../closed-loop/fixtures.ts';

const PASSWORD = 'right-password-1';
const T0 = Date.parse('2026-03-02T09:00:00+08:00');

describeEachEngine('sign-in attempts', (engine) => {
  let db: Database;
  let t = T0;
  const now = () => t;
  const attempt = (username: string, password: string, address: string) =>
    login({ ctx: { db, now }, input: { username, password, address } }).then(
      () => ({ status: 'ok', message: '' }),
      (e: { code?: string; message?: string }) => ({ status: e.code ?? String(e), message: e.message ?? '' }),
    );
  const audit = async (action: string) =>
    (await db.query<{ actor_id: string | null; target_id: string; detail: Record<string, unknown> }>('SELECT actor_id, target_id, detail FROM audit_log WHERE action = $1 ORDER BY id', [action])).rows;

  beforeEach(async () => {
    t = T0;
    db = await engine.open();
    const bootstrap: ServiceContext = { db, user: userOf('admin', 'whole', 'bootstrap-admin'), now };
    const u = userOf('grid_worker', 'own');
    await createUser({ ctx: bootstrap, input: { username: 'grid1', displayName: '网格员', role: 'grid_worker', unitName: u.unitName, jurisdiction: u.jurisdiction, password: PASSWORD } });
  });
  afterEach(async () => db.close());

  it('a stranger\'s wrong passwords from many addresses never lock the user out: the right password works after at most 30 s', async () => {
    for (let i = 0; i < 30; i++) await attempt('grid1', `guess-${i}-x`, `203.0.113.${i}`);
    const right = await attempt('grid1', PASSWORD, '10.1.1.1');
    if (right.status !== 'ok') {
      expect(right.status).toBe('auth.throttled');
      t += 30_000;
      expect((await attempt('grid1', PASSWORD, '10.1.1.1')).status).toBe('ok');
    }
    // A stranger guessing steadily from one address is slowed far longer than the account lane's 30 s…
    for (let i = 0; i < 12; i++) {
      t += 120_000;
      expect((await attempt('grid1', `guess-again-${i}`, '203.0.113.250')).status).toBe('auth.invalid_credentials');
    }
    t += 30_000;
    expect((await attempt('grid1', PASSWORD, '203.0.113.250')).status).toBe('auth.throttled');
    // …while the user, from their own address, signs in.
    expect((await attempt('grid1', PASSWORD, '10.1.1.1')).status).toBe('ok');
  });

  it('answers an unknown name exactly as a known one, attempt after attempt', async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 12; i++) {
      const k = await attempt('grid1', 'wrong-password-1', '192.0.2.10');
      const u = await attempt('nobody-here', 'wrong-password-1', '192.0.2.11');
      known.push(`${k.status} ${k.message}`);
      unknown.push(`${u.status} ${u.message}`);
    }
    expect(unknown).toEqual(known);
    expect(known[0]).toBe('auth.invalid_credentials 用户名或密码错误。');
    expect(known.at(-1)).toMatch(/^auth\.throttled 登录失败次数过多，请 \d+ 秒后再试。$/);
  });

  it('audits every failure and every throttled attempt, with the name and address, never the password', async () => {
    for (let i = 0; i < 7; i++) await attempt('GRID1', 'wrong-password-1', '192.0.2.20');
    await attempt('ghost', 'wrong-password-1', '192.0.2.21');
    const failed = await audit('auth.login_failed');
    const throttled = await audit('auth.login_throttled');
    expect(failed.length).toBe(6); // the 6th attempt of the lane and after are throttled before the password is checked
    expect(throttled.length).toBe(2);
    expect(failed[0]).toMatchObject({ actor_id: null, target_id: 'GRID1', detail: { address: '192.0.2.20' } });
    expect(failed.at(-1)).toMatchObject({ actor_id: null, target_id: 'ghost', detail: { address: '192.0.2.21', userId: null } });
    expect(throttled[0]).toMatchObject({ actor_id: null, target_id: 'GRID1', detail: { address: '192.0.2.20', lane: 'pair', retryAfterSeconds: 1 } });
    expect(JSON.stringify([...failed, ...throttled])).not.toContain('wrong-password');
  });
});

it('refuses weak passwords beyond length, in Chinese', () => {
  expect(passwordProblem('aaaaaaaaaa')).toBe('密码不能由一两个字符反复组成');
  expect(passwordProblem('abababababab')).toBe('密码不能由一两个字符反复组成');
  expect(passwordProblem('abcdefghijkl')).toMatch(/^密码须混合至少两类字符/);
  expect(passwordProblem('1234567890')).toMatch(/^密码须混合至少两类字符/);
  expect(passwordProblem('Password123')).toBe('密码过于常见，请换一个');
  expect(passwordProblem('woaini1314')).toBe('密码过于常见，请换一个');
  expect(passwordProblem('short1')).toBe('密码至少 10 位');
  for (const ok of ['test-password-123', 'sentinel-demo-2026', '汾西路261弄12号', 'Zq8mVt2kLp']) expect(passwordProblem(ok)).toBeNull();
});
