// The generated dataset follows docs/data-formats.md: headers, enums, types, references.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ACCESS_METHODS, COMPLAINT_CHANNELS, INSPECTION_RESULTS, METER_KINDS, METER_UNITS } from '@sentinel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, records } from './csv-check.ts';
import { makeDemo } from './fixtures.ts';

const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\+08:00)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BOOL = new Set(['true', 'false', '1', '0', 'Y', 'N', '是', '否', '']);
let dir = '';

beforeAll(async () => { dir = (await makeDemo({ houses: 300, days: 120, seed: 11 })).dir; });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const read = (p: string): Promise<string> => readFile(join(dir, p), 'utf8');

describe('demo dataset conforms to the data contract', () => {
  it('houses.csv: required columns, positive areas, unique ids', async () => {
    const text = await read('houses.csv');
    expect(parseCsv(text)[0]).toEqual(['house_id', 'subdistrict', 'neighborhood', 'community', 'building', 'unit', 'room', 'address', 'area_m2', 'bedrooms', 'living_rooms', 'registered_residents', 'is_rental', 'rental_filed', 'lat', 'lon', 'district']);
    const rows = records(text);
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => r.house_id)).size).toBe(300);
    for (const r of rows) {
      for (const k of ['house_id', 'subdistrict', 'neighborhood', 'community', 'building', 'room', 'address']) expect(r[k], k).not.toBe('');
      expect(Number(r.area_m2)).toBeGreaterThanOrEqual(30);
      expect(Number(r.area_m2)).toBeLessThanOrEqual(145);
      expect(Number.isInteger(Number(r.bedrooms))).toBe(true);
      expect(BOOL.has(r.is_rental) && BOOL.has(r.rental_filed)).toBe(true);
      expect(r.address).toMatch(/^.+路\d+弄\d+号\d+室$/);
      expect(Math.abs(Number(r.lat) - 31.3)).toBeLessThan(0.1);
      expect(Math.abs(Number(r.lon) - 121.45)).toBeLessThan(0.1);
    }
  });

  it('meters.csv and readings: enums, references, non-negative values', async () => {
    const houses = new Set(records(await read('houses.csv')).map((r) => r.house_id));
    const meters = records(await read('meters.csv'));
    const ids = new Set<string>();
    for (const m of meters) {
      expect(houses.has(m.house_id)).toBe(true);
      expect(METER_KINDS).toContain(m.kind);
      expect(METER_UNITS).toContain(m.unit);
      expect(m.unit).toBe(m.kind === 'electricity' ? 'kWh' : 'm3');
      if (m.installed_at) expect(m.installed_at).toMatch(DATE);
      if (m.removed_at) expect(m.removed_at).toMatch(DATE);
      expect(ids.has(m.meter_id)).toBe(false);
      ids.add(m.meter_id);
    }
    const files = await readdir(join(dir, 'readings'));
    expect(files.length).toBeGreaterThan(0);
    let n = 0;
    const bad: string[] = [];
    for (const f of files) {
      const rows = records(await read(join('readings', f)));
      for (const r of rows) {
        if (!ids.has(r.meter_id) || !TS.test(r.read_at) || !/^\d+(\.\d+)?$/.test(r.value) || !BOOL.has(r.estimated)) bad.push(JSON.stringify(r));
      }
      n += rows.length;
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(n).toBeGreaterThan(300 * 2 * 100);
  });

  it('access events, complaints and inspections use the spec enums and known houses', async () => {
    const houses = new Set(records(await read('houses.csv')).map((r) => r.house_id));
    const bad: string[] = [];
    for (const f of await readdir(join(dir, 'access_events'))) {
      for (const r of records(await read(join('access_events', f)))) {
        const ok = TS.test(r.event_at) && (ACCESS_METHODS as readonly string[]).includes(r.method) && r.door_id !== '' && r.credential_id !== '' && (r.house_id === '' || houses.has(r.house_id));
        if (!ok) bad.push(JSON.stringify(r));
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    const complaints = records(await read('complaints.csv'));
    expect(complaints.length).toBeGreaterThan(0);
    for (const c of complaints) {
      expect(c.received_at).toMatch(TS);
      expect(COMPLAINT_CHANNELS).toContain(c.channel);
      expect(c.address.trim()).not.toBe('');
      if (c.house_id) expect(houses.has(c.house_id)).toBe(true);
    }
    expect(new Set(complaints.map((c) => c.ticket_id)).size).toBe(complaints.length);
    const inspections = records(await read('inspections.csv'));
    for (const r of inspections) {
      expect(houses.has(r.house_id)).toBe(true);
      expect(r.inspected_at).toMatch(TS);
      expect(INSPECTION_RESULTS).toContain(r.result);
      if (r.occupants) expect(Number.isInteger(Number(r.occupants))).toBe(true);
    }
  });

  it('truth.csv lists every house with profile, confounder and well-formed episodes', async () => {
    const truth = records(await read('truth.csv'));
    expect(truth).toHaveLength(300);
    for (const t of truth) {
      expect(['true', 'false']).toContain(t.confounder);
      if (t.episodes) {
        expect(t.profile).toBe('group_rental');
        for (const ep of t.episodes.split('|')) expect(ep).toMatch(/^\d{4}-\d{2}-\d{2}\.\.(\d{4}-\d{2}-\d{2})?$/);
      } else expect(t.profile).not.toBe('group_rental');
    }
  });
});
