// The 一网统管 hand-off against a real local HTTP receiver that checks every
// signature (with a replay window on the outbox's own clock) and
// de-duplicates on the idempotency key: a 1-minute outage loses nothing and
// delivers nothing twice; after the last allowed attempt an event is parked
// until an admin retries it. Time moves on the outbox's clock, not by waiting.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listOutbox, type Database } from '@sentinel/db';
import { deliverOutbox, enqueueOutboxEvent, listOutboxEvents, retryOutboxEvent, signPayload, verifySignature } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, type Clock } from '../closed-loop/fixtures.ts';

const SECRET = 'a-shared-secret-of-32-characters';
const SECOND = 1 / 86_400;

interface Receiver { url: string; up: boolean; accepted: string[]; duplicates: number; refused: string[]; close(): Promise<void> }

async function receiver(clock: Clock): Promise<Receiver> {
  const seen = new Set<string>();
  const state = { up: true, accepted: [] as string[], duplicates: 0, refused: [] as string[] };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!state.up) return res.writeHead(503).end();
      const body = Buffer.concat(chunks).toString('utf8');
      const check = verifySignature(SECRET, { timestamp: req.headers['x-sentinel-timestamp'] as string, signature: req.headers['x-sentinel-signature'] as string, body }, clock.now());
      if (!check.ok) { state.refused.push(check.reason); return res.writeHead(401).end(); }
      const key = String(req.headers['idempotency-key']);
      if (seen.has(key)) state.duplicates += 1;
      else { seen.add(key); state.accepted.push(key); }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/ywtg`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  });
}

async function enqueue(db: Database, clock: Clock, n: number): Promise<string[]> {
  const ids: string[] = [];
  await db.transaction(async (tx) => {
    for (let i = 0; i < n; i++) ids.push(await enqueueOutboxEvent(tx, 'alert.red', { houseId: `H${i}`, score: 0.97 }, clock.now()));
  });
  return ids;
}

describeEachEngine('一网统管 hand-off', (engine) => {
  let db: Database;
  beforeAll(async () => { db = await engine.open(); });
  afterAll(async () => db.close());

  it('a receiver down for a minute loses nothing and gets nothing twice', async () => {
    const clock = clockAt('2026-12-07T06:05:00+08:00');
    const rx = await receiver(clock);
    const target = { url: rx.url, secret: SECRET, timeoutMs: 2000, maxAttempts: 12, backoffMs: 10_000, backoffMaxMs: 3_600_000 };
    const ids = await enqueue(db, clock, 5);
    rx.up = false;
    let failures = 0;
    for (let s = 0; s <= 60; s += 5) { // the worker polls every 5 s through the outage
      failures += (await deliverOutbox({ db, now: clock.now, target })).failed;
      clock.advanceDays(5 * SECOND);
    }
    expect(failures).toBeGreaterThanOrEqual(10); // tried, backed off, tried again
    expect(rx.accepted).toEqual([]);
    rx.up = true;
    for (let s = 0; s < 120 && rx.accepted.length < ids.length; s += 5) {
      await deliverOutbox({ db, now: clock.now, target });
      clock.advanceDays(5 * SECOND);
    }
    expect([...rx.accepted].sort()).toEqual([...ids].sort());
    expect(rx.duplicates).toBe(0);
    expect(rx.refused).toEqual([]);
    for (let s = 0; s < 3600; s += 600) { // later polls send nothing again
      expect((await deliverOutbox({ db, now: clock.now, target })).attempted).toBe(0);
      clock.advanceDays(600 * SECOND);
    }
    expect(rx.duplicates).toBe(0);
    await rx.close();
  });

  it('parks an event after its last attempt; the admin sees it and retries it', async () => {
    const clock = clockAt('2026-12-08T06:05:00+08:00');
    const rx = await receiver(clock);
    const target = { url: rx.url, secret: SECRET, maxAttempts: 2, backoffMs: 1000, backoffMaxMs: 1000 };
    const [id] = await enqueue(db, clock, 1);
    rx.up = false;
    expect(await deliverOutbox({ db, now: clock.now, target })).toMatchObject({ failed: 1, parked: 0 });
    clock.advanceDays(2 * SECOND);
    expect(await deliverOutbox({ db, now: clock.now, target })).toMatchObject({ failed: 1, parked: 1 });
    clock.advanceDays(1);
    expect((await deliverOutbox({ db, now: clock.now, target })).attempted).toBe(0);

    const admin = ctxFor(db, clock, 'admin', 'whole');
    const parked = await listOutboxEvents({ ctx: admin, input: { state: 'parked', limit: 10, offset: 0 } });
    expect(parked.items.map((e) => e.eventId)).toEqual([id]);
    expect(parked.items[0]).toMatchObject({ attempts: 2, lastError: 'HTTP 503' });
    await expect(listOutboxEvents({ ctx: ctxFor(db, clock, 'ops_center', 'whole'), input: { state: null, limit: 10, offset: 0 } })).rejects.toMatchObject({ code: 'auth.forbidden' });

    rx.up = true;
    await retryOutboxEvent({ ctx: admin, input: { id: parked.items[0].id } });
    expect(await deliverOutbox({ db, now: clock.now, target })).toMatchObject({ delivered: 1 });
    expect(rx.accepted).toEqual([id]);
    await expect(retryOutboxEvent({ ctx: admin, input: { id: parked.items[0].id } })).rejects.toMatchObject({ code: 'not_found' });
    expect((await listOutbox(db)).filter((e) => e.parkedAt !== null && e.deliveredAt === null)).toEqual([]);
    await rx.close();
  });
});

it('verifySignature refuses stale timestamps, altered bodies and malformed headers', () => {
  const now = Date.parse('2026-12-07T06:00:00+08:00');
  const ts = String(Math.floor(now / 1000));
  const body = '{"type":"alert.red"}';
  const signature = signPayload(SECRET, ts, body);
  expect(verifySignature(SECRET, { timestamp: ts, signature, body }, now)).toEqual({ ok: true });
  expect(verifySignature(SECRET, { timestamp: ts, signature, body }, now + 301_000)).toEqual({ ok: false, reason: 'stale' });
  expect(verifySignature(SECRET, { timestamp: ts, signature, body: body.replace('red', 'green') }, now)).toEqual({ ok: false, reason: 'mismatch' });
  expect(verifySignature('another-secret-of-some-length', { timestamp: ts, signature, body }, now)).toEqual({ ok: false, reason: 'mismatch' });
  expect(verifySignature(SECRET, { timestamp: undefined, signature, body }, now)).toEqual({ ok: false, reason: 'malformed' });
});
