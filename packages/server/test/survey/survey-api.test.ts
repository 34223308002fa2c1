// 宣传摸底 through the HTTP API: a dispatcher starts a campaign, the committee
// serves the notice with a photo from the phone form, and the master list
// (出租房屋和群租房屋总表) read back with exceljs has the official columns,
// the visit's figures and the people masked; the committee of the other
// 居民区 gets none of it. The routes are in the OpenAPI document.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import { createUser, SURVEY_MASTER_LIST_COLUMNS } from '@sentinel/services';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { JPEG, seedHouses, userOf } from '../../../services/test/closed-loop/fixtures.ts';
import { seedSurveyRegister } from '../../../services/test/survey/fixture.ts';
import { buildApp, type App } from '../../src/index.ts';
import { multipartFile } from '../loop/harness.ts';
import { tempDir } from '../../../../test/temp-dir.ts';

const PASSWORD = 'test-password-123';
type Headers = Record<string, string>;

describeEachEngine('survey API', (engine) => {
  let db: Database;
  let app: App;
  const as = new Map<string, Headers>();

  async function user(name: string, role: Role, scope: 'own' | 'other' | 'whole'): Promise<void> {
    const u = userOf(role, scope);
    await createUser({ ctx: { db, user: userOf('admin', 'whole', 'bootstrap'), now: () => Date.now() }, input: { username: name, displayName: name, role, unitName: u.unitName, jurisdiction: u.jurisdiction, password: PASSWORD } });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: PASSWORD } });
    as.set(name, { cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'x-csrf-token': res.json().csrfToken });
  }

  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 6);
    await seedSurveyRegister(db);
    app = await buildApp({ db, logger: false, now: () => Date.parse('2026-03-02T09:00:00+08:00'), attachmentsDir: tempDir('sentinel-att-'), loginPerMinute: 1000 });
    await user('safety', 'safety_office', 'whole');
    await user('committee', 'committee', 'own');
    await user('committee2', 'committee', 'other');
  }, 120_000);
  afterAll(async () => { await app?.close(); await db?.close(); });

  it('campaign → visit with notice photo → master list in the official columns, masked', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/survey-campaigns', headers: as.get('safety'), payload: { name: '2026年宣传摸底', startDay: '2026-03-01', endDay: '2026-04-30', neighborhoods: [] } });
    expect(created.statusCode).toBe(201);
    const campaignId = created.json().id as string;
    const upload = multipartFile(JPEG('notice'), 'notice.jpg');
    const photo = await app.inject({ method: 'POST', url: '/api/households/H1/attachments', headers: { ...as.get('committee'), ...upload.headers }, payload: upload.payload });
    expect(photo.statusCode).toBe(201);
    const visit = await app.inject({
      method: 'POST', url: `/api/survey-campaigns/${campaignId}/visits`, headers: as.get('committee'),
      payload: {
        houseId: 'H1', outcome: 'surveyed', use: 'by_room', originalRooms: 2, currentRooms: 4, occupants: 7, relapseWatch: true, noticeServed: true,
        noticePhotoId: photo.json().id, note: '隔断 2 间', parties: [{ kind: 'owner', name: '王建国', phone: '13812345678' }, { kind: 'tenant', name: '赵六' }],
      },
    });
    expect(visit.statusCode).toBe(201);
    expect(visit.json()).toMatchObject({ partitioned: true, suspectedGroupRental: true });
    const bad = await app.inject({ method: 'POST', url: `/api/survey-campaigns/${campaignId}/visits`, headers: as.get('committee'), payload: { houseId: 'H2', outcome: 'surveyed', relapseWatch: false, noticeServed: false, parties: [] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('（字段 use）');

    const res = await app.inject({ method: 'GET', url: `/api/survey-campaigns/${campaignId}/master-list.xlsx`, headers: as.get('committee') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('出租房屋和群租房屋总表');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(SURVEY_MASTER_LIST_COLUMNS.map((c) => c.header));
    expect(ws.rowCount).toBe(1 + 4); // H1..H4 of the own 居民区
    const cell = (row: number, header: string) => ws.getRow(row).getCell(SURVEY_MASTER_LIST_COLUMNS.findIndex((c) => c.header === header) + 1).value;
    expect(cell(2, '房屋地址')).toBe('汾西路261弄12号101室');
    expect(cell(2, '房屋使用情况')).toBe('按间出租');
    expect(cell(2, '现有房间数')).toBe(4);
    expect(cell(2, '是否分隔')).toBe('是');
    expect(cell(2, '业主')).toBe('王**');
    expect(cell(2, '业主电话')).toBe('138****5678');
    expect(cell(2, '登记承租人数')).toBe(1);
    expect(cell(2, '已送达告知书')).toBe('是');
    expect(cell(3, '摸排情况')).toBe('待走访');
    const exports = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'survey.master_list_export'");
    expect(exports.rows[0].n).toBe(1);

    const other = await app.inject({ method: 'GET', url: `/api/survey-campaigns/${campaignId}/targets`, headers: as.get('committee2') });
    expect(other.json().items.map((t: { houseId: string }) => t.houseId)).toEqual(['X1']);
    const progress = await app.inject({ method: 'GET', url: `/api/survey-campaigns/${campaignId}/progress`, headers: as.get('safety') });
    expect(progress.json().total).toMatchObject({ targets: 5, done: 1, noticeServed: 1, percentDone: 20 });
  });

  it('publishes the survey routes in OpenAPI', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/survey-campaigns', '/api/survey-campaigns/{campaignId}/visits', '/api/survey-campaigns/{campaignId}/progress', '/api/survey-campaigns/{campaignId}/master-list.xlsx',
    ]));
  });
});
