// GET /api/alerts/export.xlsx: the workbook read back with exceljs holds the
// same alerts as GET /api/alerts — Chinese headers, rank order, levels in
// Chinese, scores as numbers — and a committee's export holds only its 居民区.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import { createUser, importDataset, systemContext, type Jurisdiction } from '@sentinel/services';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { generateDemo } from '@sentinel/demo';
import { buildApp, type App } from '../../src/index.ts';
import { tempDir } from '../../../../test/temp-dir.ts';

const PASSWORD = 'test-password-123';
let dataset: string;

beforeAll(async () => {
  dataset = tempDir('sentinel-api-export-');
  await generateDemo({ outDir: dataset, truthPath: join(dataset, 'truth.csv'), houses: 40, seed: 5, days: 60, end: '2026-11-15', messy: false });
});

type Headers = Record<string, string>;
interface ApiAlert { houseId: string; rank: number; score: number; level: string; neighborhood: string; community: string; reasons: string[] }

async function readSheet(body: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describeEachEngine('alerts XLSX export', (engine) => {
  let db: Database;
  let app: App;
  const as = new Map<string, Headers>();
  let neighborhood: string;

  async function user(name: string, role: Role, jurisdiction: Jurisdiction): Promise<void> {
    await createUser({ ctx: systemContext(db), input: { username: name, displayName: name, role, unitName: name, jurisdiction, password: PASSWORD } });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: PASSWORD } });
    as.set(name, { cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'x-csrf-token': res.json().csrfToken });
  }
  const get = (name: string, url: string) => app.inject({ method: 'GET', url, headers: as.get(name) });

  beforeAll(async () => {
    db = await engine.open();
    await importDataset(db, dataset);
    app = await buildApp({ db, logger: false, now: () => Date.parse('2026-11-16T09:00:00+08:00'), attachmentsDir: tempDir('sentinel-att-'), loginPerMinute: 1000 });
    const place = (await db.query<{ subdistrict: string; neighborhood: string }>('SELECT subdistrict, neighborhood FROM houses ORDER BY 2 LIMIT 1')).rows[0];
    neighborhood = place.neighborhood;
    await user('ops', 'ops_center', { subdistrict: place.subdistrict, neighborhood: null, communities: null });
    await user('committee', 'committee', { subdistrict: place.subdistrict, neighborhood, communities: null });
    const run = await app.inject({ method: 'POST', url: '/api/detection/runs', headers: as.get('ops'), payload: {} });
    expect(run.statusCode).toBe(201);
  });
  afterAll(async () => { await app?.close(); await db?.close(); });

  it('exports the same alerts as the list, with Chinese headers, in rank order', async () => {
    const list = (await get('ops', '/api/alerts?pageSize=500')).json() as { total: number; items: ApiAlert[]; run: { asOfDay: string } };
    const res = await get('ops', '/api/alerts/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`alerts-${list.run.asOfDay}.xlsx`);
    const ws = await readSheet(res.rawPayload);
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(['排名', '房屋编号', '地址', '居民区', '小区', '群租概率', '预警等级', '异常起始日', '估计居住人数', '预警原因']);
    expect(ws.rowCount - 1).toBe(list.total);
    const levelText: Record<string, string> = { red: '红', yellow: '黄', green: '绿' };
    for (const [i, a] of list.items.entries()) {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(a.rank);
      expect(row.getCell(2).value).toBe(a.houseId);
      expect(row.getCell(6).value).toBeCloseTo(a.score, 9);
      expect(String(row.getCell(7).value)).toContain(levelText[a.level]);
      expect(row.getCell(10).value ?? '').toBe(a.reasons.join('；'));
    }
  });

  it('keeps the jurisdiction and the filters of GET /api/alerts', async () => {
    const ws = await readSheet((await get('committee', '/api/alerts/export.xlsx')).rawPayload);
    const mine = (await get('committee', '/api/alerts?pageSize=500')).json() as { total: number };
    expect(ws.rowCount - 1).toBe(mine.total);
    for (let r = 2; r <= ws.rowCount; r++) expect(ws.getRow(r).getCell(4).value).toBe(neighborhood);

    const red = (await get('ops', '/api/alerts?level=red&pageSize=500')).json() as { total: number };
    const redSheet = await readSheet((await get('ops', '/api/alerts/export.xlsx?level=red')).rawPayload);
    expect(redSheet.rowCount - 1).toBe(red.total);
  });

  it('refuses a user who is not signed in', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/alerts/export.xlsx' });
    expect(res.statusCode).toBe(401);
  });
});
