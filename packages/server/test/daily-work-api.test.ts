// Daily work through the HTTP API on both engines (issue #12 items 1-3):
// 待办 after a dispatch, for the assignee and nobody outside its jurisdiction;
// the organisation directory (units by house, people of a unit, managed by
// the administrator) checked at dispatch; batch dispatch with per-item results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/test/engines.ts';
import { as, startHarness, type Harness } from './loop/harness.ts';

describeEachEngine('daily work API', (engine) => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(engine); }, 180_000);
  afterAll(async () => h?.close());

  describe('GET /api/todo', () => {
    it('a dispatched case is on the assignee committee\'s list with its step, not on the other neighbourhood\'s', async () => {
      const opened = await h.app.inject({ method: 'POST', url: '/api/intake/alerts', headers: as(h, 'ops_center', 'own'), payload: { houseId: 'H2', score: 0.9, level: 'red', reasons: ['用水异常'] } });
      expect(opened.statusCode, opened.body).toBe(200);
      const caseId: string = opened.json().caseId;
      const sent = await h.app.inject({ method: 'POST', url: `/api/cases/${caseId}/transitions`, headers: as(h, 'ops_center', 'own'), payload: { action: 'dispatch', evidence: {} } });
      expect(sent.statusCode, sent.body).toBe(200);

      const mine = await h.app.inject({ method: 'GET', url: '/api/todo', headers: as(h, 'committee', 'own') });
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json().awaiting).toEqual([expect.objectContaining({ id: caseId, steps: ['accept_dispatch'], assignee: { role: 'committee', unitName: '汾西居民区居委会', personName: null } })]);
      expect(mine.json().count).toBeGreaterThanOrEqual(1);
      const other = await h.app.inject({ method: 'GET', url: '/api/todo', headers: as(h, 'committee', 'other') });
      expect(other.json().awaiting).toEqual([]);
      expect((await h.app.inject({ method: 'GET', url: '/api/todo', headers: as(h, 'admin', 'own') })).statusCode).toBe(403);
    });
  });

  describe('directory and dispatch', () => {
    const get = (url: string, role: Parameters<typeof as>[1] = 'ops_center') => h.app.inject({ method: 'GET', url, headers: as(h, role, 'own') });
    const dispatch = (caseId: string, evidence: object) => h.app.inject({ method: 'POST', url: `/api/cases/${caseId}/transitions`, headers: as(h, 'ops_center', 'own'), payload: { action: 'dispatch', evidence } });
    const open = async (houseId: string): Promise<string> => (await h.app.inject({ method: 'POST', url: '/api/intake/alerts', headers: as(h, 'ops_center', 'own'), payload: { houseId, score: 0.8, level: 'red', reasons: [] } })).json().caseId;

    it('lists the units covering a house with their people; dispatch names a person, refuses a unit not in the directory', async () => {
      const units = (await get('/api/directory/units?houseId=H3&assignable=true')).json().items as { id: string; name: string; roleLabel: string; memberCount: number }[];
      expect(units.map((u) => u.name).sort()).toEqual(['临汾路街道safety_office', '汾西小区物业', '汾西居民区居委会'].sort()); // not 阳曲's committee
      const committee = units.find((u) => u.name === '汾西居民区居委会');
      expect(committee).toMatchObject({ roleLabel: '居委会', memberCount: 2 }); // the committee and the grid worker accounts
      const members = (await get(`/api/directory/units/${committee?.id}/members`)).json().items as { id: string; displayName: string; roleLabel: string }[];
      const person = members.find((m) => m.roleLabel === '网格员');
      expect(person).toBeDefined();

      const caseId = await open('H3');
      const typo = await dispatch(caseId, { assignee: { role: 'committee', unitName: '汾西居委会' } });
      expect(typo.statusCode).toBe(422);
      expect(typo.json()).toMatchObject({ code: 'directory.unknown_unit', message: expect.stringContaining('不在组织机构目录中') });
      const stranger = await dispatch(caseId, { assignee: { role: 'committee', unitName: '汾西居民区居委会', personId: 'usr_nobody' } });
      expect(stranger.json().code).toBe('directory.unknown_unit');
      const sent = await dispatch(caseId, { assignee: { role: 'grid_worker', unitName: '汾西居民区居委会', personId: person?.id, personName: '伪造的名字' } });
      expect(sent.statusCode, sent.body).toBe(200);
      const todo = (await get('/api/todo', 'grid_worker')).json().awaiting as { id: string; assignee: { personName: string | null } }[];
      expect(todo.find((c) => c.id === caseId)?.assignee.personName).toBe(person?.displayName);
    });

    it('the administrator adds and deactivates a unit; a deactivated unit cannot receive a case', async () => {
      const post = await h.app.inject({ method: 'POST', url: '/api/directory/units', headers: as(h, 'admin', 'own'), payload: { name: '汾西小区物业服务中心', role: 'property', neighborhood: '汾西居民区', communities: ['汾西小区'], phone: '021-6600 0000' } });
      expect(post.statusCode, post.body).toBe(201);
      expect((await h.app.inject({ method: 'POST', url: '/api/directory/units', headers: as(h, 'admin', 'own'), payload: { name: '汾西小区物业服务中心', role: 'property', communities: ['汾西小区'] } })).json().code).toBe('directory.unit_exists');
      expect((await h.app.inject({ method: 'POST', url: '/api/directory/units', headers: as(h, 'admin', 'own'), payload: { name: '某物业', role: 'property' } })).statusCode).toBe(400);
      const id: string = post.json().id;
      expect((await get('/api/directory/units?houseId=X1&assignable=true')).json().items.map((u: { name: string }) => u.name)).not.toContain('汾西小区物业服务中心');

      const off = await h.app.inject({ method: 'PATCH', url: `/api/directory/units/${id}`, headers: as(h, 'admin', 'own'), payload: { active: false } });
      expect(off.json()).toMatchObject({ active: false });
      const caseId = await open('H5');
      expect((await dispatch(caseId, { assignee: { role: 'property', unitName: '汾西小区物业服务中心' } })).json().code).toBe('directory.unknown_unit');
      const audit = await h.app.inject({ method: 'GET', url: `/api/users/audit?targetKind=org_unit&targetId=${id}`, headers: as(h, 'admin', 'own') });
      expect(audit.json().items.map((r: { action: string }) => r.action)).toEqual(['org_unit.update', 'org_unit.create']);
    });

    it('batch dispatch: 5 alerts opened and dispatched in one call, an unknown case reported in Chinese', async () => {
      const alerts = ['H6', 'X2', 'X3', 'X4', 'X5'].map((houseId) => ({ houseId, score: 0.9, level: 'red', reasons: ['夜间用水异常'] }));
      const res = await h.app.inject({ method: 'POST', url: '/api/cases/dispatch-batch', headers: as(h, 'ops_center', 'own'), payload: { alerts, caseIds: ['case_unknown'] } });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { dispatched: number; failed: number; items: { ref: string; ok: boolean; assigneeUnit: string | null; message: string | null }[] };
      expect(body).toMatchObject({ dispatched: 5, failed: 1 });
      expect(body.items.map((i) => i.assigneeUnit)).toEqual(['汾西居民区居委会', '阳曲居民区居委会', '阳曲居民区居委会', '阳曲居民区居委会', '阳曲居民区居委会', null]);
      expect(body.items[5]).toMatchObject({ ref: 'case_unknown', ok: false, message: expect.stringContaining('不存在') });
      expect((await get('/api/todo', 'committee')).json().awaiting.some((c: { houseId: string }) => c.houseId === 'H6')).toBe(true);
      const empty = await h.app.inject({ method: 'POST', url: '/api/cases/dispatch-batch', headers: as(h, 'ops_center', 'own'), payload: {} });
      expect(empty.statusCode).toBe(400);
    });
  });

  describe('audit log filters and export', () => {
    it('filters by house (the house itself or a record naming it), action family, actor and day; exports XLSX and audits the export', async () => {
      const admin = as(h, 'admin', 'own');
      await h.app.inject({ method: 'GET', url: '/api/households/H1', headers: as(h, 'committee', 'own') });
      await h.app.inject({ method: 'GET', url: '/api/households/H2', headers: as(h, 'police', 'own') });
      const list = async (q: string) => (await h.app.inject({ method: 'GET', url: `/api/users/audit?${q}`, headers: admin })).json().items as { action: string; actionLabel: string; targetId: string; actorName: string | null; actorRole: string }[];
      const byHouse = await list('houseId=H1');
      expect(byHouse.length).toBeGreaterThan(0);
      expect(byHouse.every((r) => r.targetId === 'H1' || r.targetId.startsWith('case_'))).toBe(true);
      expect(byHouse.find((r) => r.action === 'personal_data.view')).toMatchObject({ actionLabel: '查看一户一档（个人信息脱敏）', actorRole: 'committee' });
      expect((await list('houseId=H1&action=personal_data.')).every((r) => r.action.startsWith('personal_data.'))).toBe(true);
      const day = new Date(h.clock.t + 8 * 3_600_000).toISOString().slice(0, 10);
      expect((await list(`houseId=H2&from=${day}&to=${day}`)).length).toBeGreaterThan(0);
      expect(await list('houseId=H2&from=2020-01-01&to=2020-01-02')).toEqual([]);
      expect((await h.app.inject({ method: 'GET', url: `/api/users/audit?from=${day}&to=2020-01-01`, headers: admin })).statusCode).toBe(400);

      const file = await h.app.inject({ method: 'GET', url: '/api/users/audit/export.xlsx?houseId=H1', headers: admin });
      expect(file.statusCode, file.body.slice(0, 200)).toBe(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
      expect((await list('action=audit.export')).length).toBe(1);
      expect((await h.app.inject({ method: 'GET', url: '/api/users/audit/export.xlsx', headers: as(h, 'ops_center', 'own') })).statusCode).toBe(403);
    });
  });
});
