// `sentinel user create|reset-password` against a real embedded database
// folder (and a PostgreSQL database when TEST_DATABASE_URL is set): the
// account works with the services' login, the services' rules refuse bad
// input naming the option to fix, both acts are audited as the system, and a
// password is accepted only from SENTINEL_PASSWORD or a no-echo prompt.
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '@sentinel/db';
import { deactivateUser, login, systemContext } from '@sentinel/services';
import { run } from '../src/commands/user.ts';
import type { PasswordSource } from '../src/user/read-password.ts';
import { tempDir } from '../../../test/temp-dir.ts';
import { createServerDatabase } from '../../db/test/engines.ts';

const PASSWORD = 'first-admin-pass-1';
const NEW_PASSWORD = 'recovered-pass-22';
const ADMIN = ['create', '--username', 'admin', '--name', '系统管理员', '--role', 'admin', '--unit', '临汾路街道城运中心', '--subdistrict', '临汾路街道'];

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  try {
    return { code: await fn(), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** `sentinel user …` with SENTINEL_PASSWORD set (or not, when `password` is null). */
function sentinelUser(args: string[], password: string | null = PASSWORD) {
  if (password === null) delete process.env.SENTINEL_PASSWORD;
  else process.env.SENTINEL_PASSWORD = password;
  return capture(() => run(args));
}

async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  // The database the command used: the configuration's DATABASE_URL or SENTINEL_DATA_DIR.
  const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: process.env.SENTINEL_DATA_DIR });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const signIn = (db: Database, username: string, password: string) => login({ ctx: { db, now: Date.now }, input: { username, password } });
const failureOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? String(e));
const auditRows = async (db: Database, action: string) =>
  (await db.query<{ actor_id: string; actor_role: string; detail: Record<string, unknown> }>('SELECT actor_id, actor_role, detail FROM audit_log WHERE action = $1 ORDER BY id', [action])).rows;

describe('sentinel user (embedded database)', () => {
  const env = { ...process.env };
  beforeAll(() => {
    process.env.SENTINEL_DATA_DIR = tempDir('sentinel-cli-user-');
    delete process.env.DATABASE_URL;
  });
  afterAll(() => { process.env = env; });

  it('creates the first administrator, who can sign in, audited as the system without the password', async () => {
    const { code, out } = await sentinelUser(ADMIN);
    expect(code).toBe(0);
    expect(out).toContain('已创建用户 created: admin（系统管理员，系统管理员，临汾路街道城运中心，辖区 临汾路街道）');
    await withDb(async (db) => {
      const grant = await signIn(db, 'admin', PASSWORD);
      expect(grant.user).toMatchObject({ username: 'admin', role: 'admin', jurisdiction: { subdistrict: '临汾路街道', neighborhood: null, communities: null } });
      expect(grant.mustChangePassword).toBe(false); // the person at the console chose it
      const rows = await auditRows(db, 'user.create');
      expect(rows).toEqual([{ actor_id: 'system', actor_role: 'admin', detail: { username: 'admin', role: 'admin', mustChangePassword: false } }]);
      expect(JSON.stringify(rows)).not.toContain(PASSWORD);
    });
  });

  it('refuses a bad role, a short password, a taken name and a missing jurisdiction, naming the option', async () => {
    const cases: Array<[string[], string | null, string[]]> = [
      [[...ADMIN.slice(1, 5), '--role', 'boss', ...ADMIN.slice(7)], PASSWORD, ['--role', '未知角色 "boss"', 'admin（系统管理员）']],
      [['--username', 'shorty', ...ADMIN.slice(3)], 'short', ['环境变量 SENTINEL_PASSWORD', '密码至少 10 位']],
      [ADMIN.slice(1), PASSWORD, ['--username', '用户名 admin 已存在']],
      [['--username', 'grid1', '--name', '网格员', '--role', '网格员', '--unit', '汾西居民区居委会', '--subdistrict', '临汾路街道'], PASSWORD, ['--neighborhood', '网格员须指定居民区']],
      [['--username', 'wy1', '--name', '物业', '--role', 'property', '--unit', '汾西物业', '--subdistrict', '临汾路街道', '--communities', ' , '], PASSWORD, ['--communities', '物业须指定所服务的小区']],
      // No house imported yet: the subdistrict cannot be taken from the register.
      [['--username', 'ops1', '--name', '值班员', '--role', 'ops_center', '--unit', '城运中心'], PASSWORD, ['--subdistrict', '房屋底册为空']],
      [['--username', 'ops1', '--name', '值班员'], PASSWORD, ['缺少参数 missing: --role --unit']],
    ];
    for (const [args, password, expected] of cases) {
      const { code, err } = await sentinelUser(['create', ...args], password);
      expect(code, err).toBe(2);
      for (const text of expected) expect(err).toContain(text);
    }
    await withDb(async (db) => {
      expect((await db.query('SELECT username FROM users ORDER BY 1')).rows).toEqual([{ username: 'admin' }]);
    });
  });

  it('never takes a password from the command line, nor without a terminal or SENTINEL_PASSWORD', async () => {
    for (const arg of [['--password', PASSWORD], [`--password=${PASSWORD}`], ['-p', PASSWORD]]) {
      const { code, err } = await sentinelUser(['create', '--username', 'argv1', ...ADMIN.slice(3), ...arg]);
      expect(code).toBe(2);
      expect(err).toContain('--password: 密码不能写在命令行参数中');
    }
    const { code, err } = await sentinelUser(['reset-password', '--username', 'admin'], null);
    expect(code).toBe(2);
    expect(err).toContain('未设置环境变量 SENTINEL_PASSWORD');
  });

  it('creates with a must-change flag and takes the role by its Chinese label and the communities as a list', async () => {
    const args = ['create', '--username', 'WY2', '--name', '物业管理员', '--role', '物业', '--unit', '汾西小区物业',
      '--subdistrict', '临汾路街道', '--neighborhood', '汾西居民区', '--communities', '汾西小区，汾西二村', '--must-change'];
    const { code, out } = await sentinelUser(args);
    expect(code).toBe(0);
    expect(out).toContain('首次登录须修改密码');
    await withDb(async (db) => {
      const grant = await signIn(db, 'wy2', PASSWORD);
      expect(grant.user.jurisdiction).toEqual({ subdistrict: '临汾路街道', neighborhood: '汾西居民区', communities: ['汾西小区', '汾西二村'] });
      expect(grant.mustChangePassword).toBe(true);
    });
  });

  it('reset-password ends every session and forces a change; it does not reactivate', async () => {
    await withDb(async (db) => {
      await signIn(db, 'admin', PASSWORD);
      for (let i = 0; i < 5; i++) await failureOf(signIn(db, 'admin', 'wrong-password-0'));
    });
    const { code, out } = await sentinelUser(['reset-password', '--username', 'Admin'], NEW_PASSWORD);
    expect(code).toBe(0);
    expect(out).toContain('已重置 admin（系统管理员）的密码');
    expect(out).not.toContain('已停用');
    await withDb(async (db) => {
      const live = await db.query('SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = $1', ['admin']);
      expect(live.rows).toEqual([{ n: 0 }]);
      expect(await failureOf(signIn(db, 'admin', PASSWORD))).toBe('auth.invalid_credentials');
      expect((await signIn(db, 'admin', NEW_PASSWORD)).mustChangePassword).toBe(true);
      const rows = await auditRows(db, 'user.password_reset');
      expect(rows).toEqual([{ actor_id: 'system', actor_role: 'admin', detail: { username: 'admin', mustChangePassword: true, revokedSessions: 2 } }]);
      await deactivateUser({ ctx: systemContext(db), input: { userId: (await signIn(db, 'wy2', PASSWORD)).user.id } });
    });

    const deactivated = await sentinelUser(['reset-password', '--username', 'wy2'], NEW_PASSWORD);
    expect(deactivated.code).toBe(0);
    expect(deactivated.out).toContain('该账号已停用，重置密码不会启用它');
    await withDb(async (db) => expect(await failureOf(signIn(db, 'wy2', NEW_PASSWORD))).toBe('auth.deactivated'));

    const unknown = await sentinelUser(['reset-password', '--username', 'nobody']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--username: 用户 nobody 不存在');
    const short = await sentinelUser(['reset-password', '--username', 'admin'], 'short');
    expect(short.code).toBe(2);
    expect(short.err).toContain('SENTINEL_PASSWORD: 密码至少 10 位');
  });

  it('on a terminal, asks twice without echo and refuses two different answers', async () => {
    const terminal = (answers: string[]): { source: PasswordSource; shown: () => string } => {
      const input = Object.assign(new PassThrough(), { isTTY: true });
      let shown = '';
      const output = new Writable({
        write(chunk: Buffer, _enc, done) {
          shown += chunk.toString();
          // Typed once the prompt is up, as a person would.
          if (chunk.toString().includes(':')) setImmediate(() => input.write(`${answers.shift() ?? ''}\r`));
          done();
        },
      });
      return { source: { env: {}, input, output }, shown: () => shown };
    };
    const same = terminal(['typed-password-1', 'typed-password-1']);
    const ok = await capture(() => run(['reset-password', '--username', 'admin'], same.source));
    expect(ok.code, ok.err).toBe(0);
    expect(same.shown()).toContain('新密码 new password: ');
    expect(same.shown()).not.toContain('typed-password-1');
    await withDb(async (db) => expect((await signIn(db, 'admin', 'typed-password-1')).user.username).toBe('admin'));

    const differ = terminal(['typed-password-2', 'typed-password-3']);
    const bad = await capture(() => run(['reset-password', '--username', 'admin'], differ.source));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('两次输入的密码不一致');
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('sentinel user (PostgreSQL, DATABASE_URL)', () => {
  const env = { ...process.env };
  let server: Awaited<ReturnType<typeof createServerDatabase>>;
  beforeAll(async () => {
    server = await createServerDatabase();
    process.env.DATABASE_URL = server.url;
  });
  afterAll(async () => {
    process.env = env;
    await server.drop();
  });

  it('creates an administrator who can sign in, and resets the password', async () => {
    expect((await sentinelUser(ADMIN)).code).toBe(0);
    const reset = await sentinelUser(['reset-password', '--username', 'admin'], NEW_PASSWORD);
    expect(reset.code, reset.err).toBe(0);
    expect(reset.out).toContain('PostgreSQL');
    expect(reset.out).not.toContain(':postgres@');
    await withDb(async (db) => {
      expect(db.engine).toBe('postgres');
      expect((await signIn(db, 'admin', NEW_PASSWORD)).mustChangePassword).toBe(true);
    });
  });
});
