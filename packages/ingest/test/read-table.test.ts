import { describe, expect, it } from 'vitest';
import { FileProblem, formatIssue } from '../src/index.ts';
import { drain, errors, house, HOUSES_HEADER, put, sh, tempDir, warnings } from './helpers.ts';

const METERS_HEADER = 'meter_id,house_id,kind,unit,installed_at,removed_at,rollover_at';

describe('readTable: houses', () => {
  it('reads typed rows with their start lines', async () => {
    const f = put(tempDir(), 'houses.csv', `${HOUSES_HEADER}\n${house('H1')}\n${house('H2', { area: '90', bedrooms: '0' })}\n`);
    const r = await drain(f, 'houses');
    expect(r.issues).toEqual([]);
    expect(r.rowsRead).toBe(2);
    expect(r.lines).toEqual([2, 3]);
    expect(r.rows[0]).toEqual({
      house_id: 'H1', subdistrict: '临汾路街道', neighborhood: '汾西路居民区', community: '临汾小区', building: '12', unit: null,
      room: '301', address: '汾西路261弄12号301室', area_m2: 58.5, bedrooms: 2, living_rooms: 1, registered_residents: 2,
      is_rental: true, rental_filed: false, lat: 31.28, lon: 121.45, district: null,
    });
    expect(r.rows[1].bedrooms).toBe(0);
  });

  it('rejects a negative area with file, line, column and value', async () => {
    const f = put(tempDir(), 'houses.csv', `${HOUSES_HEADER}\n${house('H1')}\n${house('H2', { area: '-3' })}\n`);
    const r = await drain(f, 'houses');
    expect(r.rows.map((x) => x.house_id)).toEqual(['H1']);
    expect(r.issues).toHaveLength(1);
    expect(formatIssue(r.issues[0])).toBe('houses.csv 第3行 列 area_m2：面积必须大于0（"-3"）');
    expect(r.issues[0]).toMatchObject({ severity: 'error', raw: house('H2', { area: '-3' }) });
  });

  it('rejects a non-numeric value and names the other bad columns', async () => {
    const f = put(tempDir(), 'houses.csv', `${HOUSES_HEADER}\n${house('H1', { area: 'abc', bedrooms: 'two' })}\n`);
    const r = await drain(f, 'houses');
    expect(r.rows).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].column).toBe('area_m2');
    expect(r.issues[0].reason).toBe('面积不是有效的数字（"abc"）；另有 1 列有问题：bedrooms');
  });

  it('rejects an empty required field and the later duplicate key, naming the first line', async () => {
    const f = put(tempDir(), 'houses.csv', `${HOUSES_HEADER}\n${house('H1')}\n${house('')}\n${house('H1', { room: '302' })}\n`);
    const r = await drain(f, 'houses');
    expect(r.rows).toHaveLength(1);
    expect(r.issues.map(formatIssue)).toEqual([
      'houses.csv 第3行 列 house_id：房屋编号为必填项，不能为空',
      'houses.csv 第4行 列 house_id：房屋编号重复：与第2行相同，保留第2行（"H1"）',
    ]);
  });

  it('matches the header case-insensitively and trimmed, and warns once per unknown column', async () => {
    const header = HOUSES_HEADER.split(',').map((h, i) => (i % 2 ? ` ${h.toUpperCase()} ` : h)).join(',') + ',备注,extra';
    const f = put(tempDir(), 'houses.csv', `${header}\n${house('H1')},x,y\n${house('H2')},x,y\n${house('H3')},x,y\n`);
    const r = await drain(f, 'houses', { batchSize: 1 });
    expect(r.rows).toHaveLength(3);
    expect(r.batches).toBe(3);
    expect(r.issues.map(formatIssue)).toEqual(['houses.csv 列 备注（警告）：未知列，已忽略', 'houses.csv 列 extra（警告）：未知列，已忽略']);
    expect(r.issues.every((i) => i.line === 0 && i.severity === 'warning')).toBe(true);
  });

  it('throws a FileProblem for a missing required column', async () => {
    const header = HOUSES_HEADER.replace('area_m2,', '');
    const f = put(tempDir(), 'houses.csv', `${header}\nH1\n`);
    const err = await drain(f, 'houses').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileProblem);
    expect((err as FileProblem).column).toBe('area_m2');
    expect((err as FileProblem).message).toMatch(/^houses\.csv 第1行 列 area_m2：缺少必填列 area_m2（面积）/);
  });

  it('throws a FileProblem for an empty file, a blank file and a missing file; a header alone is an empty table', async () => {
    const dir = tempDir();
    for (const [name, content] of [['houses.csv', ''], ['blank.csv', '\n\n'], ['bom.csv', '\uFEFF']] as const) {
      await expect(drain(put(dir, name, content), 'houses')).rejects.toBeInstanceOf(FileProblem);
    }
    await expect(drain(`${dir}/nope.csv`, 'houses')).rejects.toThrow('nope.csv：文件不存在');
    await expect(drain(dir, 'houses')).rejects.toThrow('这是一个文件夹，不是文件');
    const r = await drain(put(dir, 'h.csv', `${HOUSES_HEADER}\r\n`), 'houses');
    expect(r).toMatchObject({ rows: [], issues: [], rowsRead: 0 });
  });

  it('skips blank lines without counting them, and reads CRLF', async () => {
    const f = put(tempDir(), 'houses.csv', `${HOUSES_HEADER}\r\n\r\n${house('H1')}\r\n\r\n${house('H2')}`);
    const r = await drain(f, 'houses');
    expect(r.rowsRead).toBe(2);
    expect(r.lines).toEqual([3, 5]);
    expect(r.rows[1].lon).toBe(121.45);
  });
});

describe('readTable: references and enums', () => {
  it('rejects meters of unknown houses and canonicalises enum spelling', async () => {
    const f = put(tempDir(), 'meters.csv', `${METERS_HEADER}\nM1,H1,Water,KWH,2024-01-05,,99999\nM2,H9,water,m3,,,\nM3,H1,steam,m3,,,\n`);
    const r = await drain(f, 'meters', { refs: { houseIds: new Set(['H1']) } });
    expect(r.rows).toEqual([{ meter_id: 'M1', house_id: 'H1', kind: 'water', unit: 'kWh', installed_at: 19727, removed_at: null, rollover_at: 99999 }]);
    expect(r.issues.map(formatIssue)).toEqual([
      'meters.csv 第3行 列 house_id：未知的房屋编号：houses 中没有这个房屋（"H9"）',
      'meters.csv 第4行 列 kind：表类型的取值无效，应为 water、electricity、gas 之一（"steam"）',
    ]);
  });

  it('rejects readings of unknown meters', async () => {
    const f = put(tempDir(), 'readings/a.csv', 'meter_id,read_at,value\nM1,2026-03-01 08:00,12.5\nM2,2026-03-01,1\n');
    const r = await drain(f, 'readings', { refs: { meterIds: new Set(['M1']) } });
    expect(r.rows).toEqual([{ meter_id: 'M1', read_at: sh(2026, 3, 1, 8), value: 12.5, estimated: null }]);
    expect(formatIssue(r.issues[0])).toBe('readings/a.csv 第3行 列 meter_id：未知的表号：meters 中没有这个表（"M2"）');
  });

  it('keeps complaints and access events naming an unknown house, with house_id null and a warning', async () => {
    const dir = tempDir();
    const c = put(dir, 'complaints.csv', 'ticket_id,received_at,channel,address,house_id,category,content\nT1,2026-03-01T09:00:00+08:00,12345,汾西路261弄12号301室,H9,群租,"住了很多人,晚上吵"\n');
    const r = await drain(c, 'complaints', { refs: { houseIds: new Set(['H1']) } });
    expect(r.rows[0]).toMatchObject({ ticket_id: 'T1', house_id: null, content: '住了很多人,晚上吵', channel: '12345' });
    expect(errors(r.issues)).toEqual([]);
    expect(warnings(r.issues)[0]).toMatchObject({ line: 2, column: 'house_id' });
    const a = put(dir, 'access_events/a.csv', 'event_at,door_id,credential_id,house_id,method\n2026-03-01 07:00,D1,C1,H9,FACE\n2026-03-01 07:01,D1,C2,,\n');
    const e = await drain(a, 'access_events', { refs: { houseIds: new Set(['H1']) } });
    expect(e.rows.map((x) => [x.house_id, x.method])).toEqual([[null, 'face'], [null, null]]);
    expect(warnings(e.issues)).toHaveLength(1);
  });

  it('rejects inspections of unknown houses', async () => {
    const f = put(tempDir(), 'inspections.csv', 'house_id,inspected_at,result,occupants,partitioned,notes\nH1,2026-03-02,confirmed,9,是,隔断3间\nH2,2026-03-02,no_access,,,\n');
    const r = await drain(f, 'inspections', { refs: { houseIds: new Set(['H1']) } });
    expect(r.rows).toEqual([{ house_id: 'H1', inspected_at: sh(2026, 3, 2), result: 'confirmed', occupants: 9, partitioned: true, notes: '隔断3间' }]);
    expect(errors(r.issues)).toHaveLength(1);
  });
});
