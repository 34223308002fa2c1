// The webhook outbox against a local receiver that is down, then slow, then
// back: every event is acknowledged exactly once after the receiver recovers,
// retries back off, and every request carries a valid signature.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listOutbox, type Database } from '@sentinel/db';
import { deliverOutbox, openCaseFromAlert, signPayload } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, seedHouses } from './fixtures.ts';

const SECRET = 'shared-secret';

interface Receiver { url: string; received: string[]; acked: string[]; badSignatures: number; close(): Promise<void> }

async function receiver(delayMs: number): Promise<Receiver> {
  const received: string[] = [];
  const acked: string[] = [];
  let badSignatures = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const sig = signPayload(SECRET, String(req.headers['x-sentinel-timestamp']), body);
      if (sig !== req.headers['x-sentinel-signature']) badSignatures += 1;
      const id = String(req.headers['x-sentinel-event-id']);
      received.push(id);
      setTimeout(() => {
        if (!res.destroyed) { acked.push(id); res.writeHead(204).end(); }
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`, received, acked, get badSignatures() { return badSignatures; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describeEachEngine('webhook outbox', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 3);
  });
  afterAll(async () => db.close());

  it('delivers exactly once per event after the receiver recovers', async () => {
    const clock = clockAt('2026-03-02T09:00:00+08:00');
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    for (const houseId of ['H1', 'H2', 'H3']) await openCaseFromAlert({ ctx: ops, input: { houseId, score: 0.9, level: 'red', reasons: ['用水异常'] } });
    const events = await listOutbox(db);
    expect(events).toHaveLength(3);

    // Down: nothing listens on the port.
    const gone = await receiver(0);
    await gone.close();
    const down = await deliverOutbox({ db, now: clock.now, target: { url: gone.url, secret: SECRET, timeoutMs: 500 } });
    expect(down).toEqual({ attempted: 3, delivered: 0, failed: 3, parked: 0 });
    expect(await deliverOutbox({ db, now: clock.now, target: { url: gone.url, secret: SECRET } })).toMatchObject({ attempted: 0 }); // backing off

    // Slow: answers after we stopped waiting; it saw the events but we must retry.
    clock.advanceDays(1 / 8640 * 1.1); // 11 s
    const slow = await receiver(400);
    const slowRun = await deliverOutbox({ db, now: clock.now, target: { url: slow.url, secret: SECRET, timeoutMs: 100 } });
    expect(slowRun).toEqual({ attempted: 3, delivered: 0, failed: 3, parked: 0 });
    await new Promise((r) => setTimeout(r, 500));
    await slow.close();
    expect((await listOutbox(db)).map((e) => e.attempts)).toEqual([2, 2, 2]);

    // Back: fast answers.
    clock.advanceDays(1 / 8640 * 2.1); // 21 s: past the 20 s back-off
    const back = await receiver(0);
    expect(await deliverOutbox({ db, now: clock.now, target: { url: back.url, secret: SECRET } })).toEqual({ attempted: 3, delivered: 3, failed: 0, parked: 0 });
    clock.advanceDays(1);
    expect(await deliverOutbox({ db, now: clock.now, target: { url: back.url, secret: SECRET } })).toEqual({ attempted: 0, delivered: 0, failed: 0, parked: 0 });
    await back.close();

    const ids = events.map((e) => e.eventId).sort();
    expect([...back.acked].sort()).toEqual(ids); // each event acknowledged exactly once
    expect(new Set([...slow.received, ...back.received])).toEqual(new Set(ids)); // a de-duplicating receiver sees each once
    expect(slow.badSignatures + back.badSignatures).toBe(0);
    expect((await listOutbox(db)).every((e) => e.deliveredAt !== null)).toBe(true);
  });
});
