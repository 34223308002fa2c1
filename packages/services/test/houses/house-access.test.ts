// The house file's door-access figures on both engines: per day from the
// generated events, and the 30-day figures equal to those the detector's
// access reasons quote (accessFeatures on the same events), the peer median
// over the same compound and layout, credentials never shown raw, a compound
// without door data, and a house outside the jurisdiction refused.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listAudit, type Database } from '@sentinel/db';
import { accessFeatures, isNightMinute } from '@sentinel/detection';
import { dayToIso, isoToDay, shanghaiDay, shanghaiMinuteOfDay } from '@sentinel/domain';
import { getHouseAccess, type HouseAccessView } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, seedHouses, type Clock } from '../closed-loop/fixtures.ts';
import { accessColumnsOf, doorEvents, seedDoorEvents, type DoorEvent } from './access-fixture.ts';

const TODAY = '2026-03-20';
const LAST = isoToDay(TODAY);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

describeEachEngine('house file door access', (engine) => {
  let db: Database;
  let clock: Clock;
  let events: DoorEvent[];
  let houseIds: string[];
  const view = (houseId: string, extra: { days?: number; until?: string } = {}) =>
    getHouseAccess({ ctx: ctxFor(db, clock, 'grid_worker'), input: { houseId, ...extra } });

  beforeAll(async () => {
    db = await engine.open();
    clock = clockAt(`${TODAY}T15:00:00+08:00`);
    await seedHouses(db, 8);
    events = doorEvents(LAST);
    await seedDoorEvents(db, events);
    houseIds = (await db.query<{ house_id: string }>('SELECT house_id FROM houses ORDER BY house_id')).rows.map((r) => r.house_id);
  });
  afterAll(async () => db?.close());

  /** What the detector computes as of `asOf` (its 30-day window), per house id. */
  function detector(asOf: number) {
    const f = accessFeatures(accessColumnsOf(events, houseIds), houseIds.length, asOf - 29, asOf);
    const of = (h: string) => houseIds.indexOf(h);
    return {
      distinct: (h: string) => f.distinctCredentials[of(h)],
      night: (h: string) => f.nightEvents[of(h)],
      unregistered: (h: string) => f.unregisteredShare[of(h)],
      // the community peer group of a 2-room house of the own compound: H1..H8 but the 3-room H5, covered only
      peerMedian: () => median(['H1', 'H2', 'H3', 'H4', 'H6', 'H7', 'H8'].map((h) => f.distinctCredentials[of(h)]).filter(Number.isFinite)),
    };
  }

  it('counts each day of the window: events, distinct cards and night entries of the house, nothing of other houses or after the last day', async () => {
    const v = await view('H1');
    expect(v.covered).toBe(true);
    expect(v.days).toHaveLength(90);
    expect(v.days[89]).toBe(TODAY);
    expect(v.days[0]).toBe(dayToIso(LAST - 89));
    for (let i = 0; i < v.days.length; i++) {
      const day = LAST - 89 + i;
      const own = events.filter((e) => e.houseId === 'H1' && shanghaiDay(e.atMs) === day);
      expect(v.events[i]).toBe(own.length);
      expect(v.credentials[i]).toBe(new Set(own.map((e) => e.credential)).size);
      expect(v.nightEvents[i]).toBe(own.filter((e) => isNightMinute(shanghaiMinuteOfDay(e.atMs))).length);
    }
    expect(v.events.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    expect(v.nightEvents.some((n) => n > 0)).toBe(true);
    expect(v.night).toEqual({ fromMinute: 23 * 60, toMinute: 5 * 60 });
  });

  it('gives the 30-day figures the detector quotes in its reasons, for every house of the compound', async () => {
    const d = detector(LAST);
    for (const h of ['H1', 'H2', 'H3', 'H4', 'H5', 'H6']) {
      const r = (await view(h)).recent;
      expect(r, h).not.toBeNull();
      expect(r?.credentials, h).toBe(d.distinct(h));
      expect(r?.nightEvents, h).toBe(d.night(h));
      expect(r?.unregisteredShare, h).toBeCloseTo(d.unregistered(h), 9);
    }
    const r = (await view('H1')).recent as NonNullable<HouseAccessView['recent']>;
    expect(r.credentials).toBe(9);
    expect(r.from).toBe(dayToIso(LAST - 29));
    expect(r.peer).toEqual({ median: d.peerMedian(), houses: 5 });
    expect(r.peer?.median).toBe(2);
    expect(r.unregisteredShare).toBeGreaterThan(0);
    // the daily unregistered shares are per day; the 30-day figure counts each visitor once
    expect(r.doors).toBe(3);
  });

  it('ends at the day asked for (the as-of day of a run), counting as the detector would then', async () => {
    const asOf = LAST - 25;
    const v = await view('H1', { until: dayToIso(asOf), days: 40 });
    expect(v.days).toHaveLength(40);
    expect(v.days[39]).toBe(dayToIso(asOf));
    const d = detector(asOf);
    expect(v.recent?.credentials).toBe(d.distinct('H1'));
    expect(v.recent?.credentials).toBe(6);
    expect(v.recent?.nightEvents).toBe(d.night('H1'));
    expect(v.recent?.unregisteredShare).toBeCloseTo(d.unregistered('H1'), 9);
    expect(v.recent?.peer?.median).toBe(d.peerMedian());
  });

  it('never shows a credential id whole: only its last four characters', async () => {
    const v = await view('H1');
    const text = JSON.stringify(v);
    for (const e of events) expect(text).not.toContain(e.credential);
    expect(v.recent?.credentialList.map((c) => c.label)).toContain('…000A');
    expect(v.recent?.credentialList.every((c) => /^….{4}$/.test(c.label))).toBe(true);
    expect(v.recent?.credentialList.reduce((s, c) => s + c.events, 0)).toBe(v.recent?.events);
  });

  it('says a compound without door data is not covered, instead of showing zeros', async () => {
    const v = await getHouseAccess({ ctx: ctxFor(db, clock, 'ops_center', 'whole'), input: { houseId: 'X1' } });
    expect(v).toMatchObject({ covered: false, days: [], recent: null });
  });

  it('logs who looked at the door records of which house (a refused look writes nothing)', async () => {
    const count = async (h: string) => (await listAudit(db, { targetKind: 'house', targetId: h }, 500)).filter((r) => r.action === 'access_events.view').length;
    const before = await count('H2');
    await view('H2');
    expect(await count('H2')).toBe(before + 1);
    await expect(getHouseAccess({ ctx: ctxFor(db, clock, 'grid_worker', 'other'), input: { houseId: 'H2' } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    expect(await count('H2')).toBe(before + 1);
  });

  it('refuses a house outside the jurisdiction, an unknown house and a window out of range', async () => {
    await expect(getHouseAccess({ ctx: ctxFor(db, clock, 'grid_worker', 'other'), input: { houseId: 'H1' } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await expect(view('NOPE')).rejects.toMatchObject({ code: 'not_found' });
    await expect(view('H1', { days: 366 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(view('H1', { days: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(view('H1', { until: '2026-02-30' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
