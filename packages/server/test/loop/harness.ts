// An app on a fresh database of either engine, with the small register of
// the services tests and one user per role in the own and the other
// jurisdiction, signed in through the API.
import type { Database } from '@sentinel/db';
import { ROLES, type Role } from '@sentinel/domain';
import { createUser, type ServiceContext } from '@sentinel/services';
import type { TestEngine } from '../../../db/test/engines.ts';
import { seedHouses, userOf } from '../../../services/test/closed-loop/fixtures.ts';
import { buildApp, type App, type AppOptions } from '../../src/index.ts';
import { tempDir } from '../../../../test/temp-dir.ts';

export const PASSWORD = 'test-password-123';
export type Scope = 'own' | 'other';

export interface Session { cookie: string; csrf: string }
export interface Harness {
  db: Database;
  app: App;
  clock: { t: number };
  sessions: Map<string, Session>;
  close(): Promise<void>;
}

export const key = (role: Role, scope: Scope): string => `${role}:${scope}`;

/** `options` adds to or replaces the app's options (upload caps, the attachments folder …). */
export async function startHarness(engine: TestEngine, now = Date.parse('2026-03-02T09:00:00+08:00'), options: Partial<AppOptions> = {}): Promise<Harness> {
  const db = await engine.open();
  await seedHouses(db, 6);
  const clock = { t: now };
  const app = await buildApp({ db, logger: false, now: () => clock.t, attachmentsDir: tempDir('sentinel-api-att-'), loginPerMinute: 1000, ...options });
  const admin: ServiceContext = { db, user: userOf('admin', 'whole', 'bootstrap-admin'), now: () => clock.t };
  const sessions = new Map<string, Session>();
  for (const role of ROLES) {
    for (const scope of ['own', 'other'] as const) {
      const u = userOf(role, scope);
      const username = usernameOf(role, scope);
      await createUser({ ctx: admin, input: { username, displayName: username, role, unitName: u.unitName, jurisdiction: u.jurisdiction, password: PASSWORD } });
    }
  }
  const h: Harness = { db, app, clock, sessions, async close() { await app.close(); await db.close(); } };
  await signInAll(h);
  return h;
}

const usernameOf = (role: Role, scope: Scope): string => `${role.replace('_', '-')}-${scope}`;

/** Signs every test user in (again): sessions expire, so a test that moves the clock by days calls this after. */
export async function signInAll(h: Harness): Promise<void> {
  for (const role of ROLES) {
    for (const scope of ['own', 'other'] as const) {
      const username = usernameOf(role, scope);
      const res = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      h.sessions.set(key(role, scope), { cookie, csrf: res.json().csrfToken });
    }
  }
}

export function as(h: Harness, role: Role, scope: Scope): { cookie: string; 'x-csrf-token': string } {
  const s = h.sessions.get(key(role, scope));
  if (!s) throw new Error(`no session ${role} ${scope}`);
  return { cookie: s.cookie, 'x-csrf-token': s.csrf };
}

/** A multipart/form-data body with one file field. */
export function multipartFile(bytes: Uint8Array, filename: string, fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----sentinel${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(Buffer.from(bytes));
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
