// Every cell of the per-role data-view table in docs/roles.md (各角色可见的数据),
// through the HTTP API on both engines. The expectations are read from the
// document itself, so the table and the API cannot drift apart: a row without
// a probe here, or a column naming no role, fails the test.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_LABELS, ROLES, type Role } from '@sentinel/domain';
import { JPEG } from '../../../services/test/closed-loop/fixtures.ts';
import { as, multipartFile, signInAll, type Harness } from './harness.ts';

/** What a cell promises: ✓ served, ✗ 403, ✗ left out of the answer, or only the user's own tasks. */
type Outcome = 'served' | 'denied' | 'left_out' | 'own_only';

export interface DataViewTable { columns: Role[][]; rows: { data: string; cells: Outcome[] }[] }

function outcomeOf(cell: string, where: string): Outcome {
  if (cell.startsWith('✓')) return 'served';
  if (cell.startsWith('own tasks')) return 'own_only';
  if (cell.includes('left out')) return 'left_out';
  if (cell.startsWith('✗')) return 'denied';
  throw new Error(`docs/roles.md ${where}: cell "${cell}" is neither ✓, ✗, "✗ left out" nor "own tasks"`);
}

/** The table under "## 各角色可见的数据", columns resolved to roles through their Chinese labels. */
export function readDataViewTable(markdown: string): DataViewTable {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## 各角色可见的数据'));
  if (start < 0) throw new Error('docs/roles.md: no section "## 各角色可见的数据"');
  const table: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l.startsWith('|')) table.push(l);
    else if (table.length > 0) break;
  }
  const cellsOf = (l: string) => l.split('|').slice(1, -1).map((c) => c.trim());
  const columns = cellsOf(table[0]).slice(1).map((header) => header.split(/[,，]\s*/).map((name) => {
    const roles = ROLES.filter((r) => ROLE_LABELS[r].includes(name));
    if (roles.length !== 1) throw new Error(`docs/roles.md: column name "${name}" matches ${roles.length} roles`);
    return roles[0];
  }));
  const rows = table.slice(2).map((l, i) => {
    const [data, ...cells] = cellsOf(l);
    if (cells.length !== columns.length) throw new Error(`docs/roles.md data-view row ${i + 1} "${data}": ${cells.length} cells, ${columns.length} columns`);
    return { data, cells: cells.map((c, j) => outcomeOf(c, `row "${data}", column ${j + 1}`)) };
  });
  return { columns, rows };
}

interface Fixture { ownTask: string; otherTask: string }
type Probe = (h: Harness, role: Role, f: Fixture) => Promise<Outcome | string>;

const get = (h: Harness, role: Role, url: string) => h.app.inject({ method: 'GET', url, headers: as(h, role, 'own') });

/** All 200 → served, all 403 → denied, anything else is described for the failure message. */
async function allowedOrDenied(h: Harness, role: Role, urls: readonly string[]): Promise<Outcome | string> {
  const answers = await Promise.all(urls.map((u) => get(h, role, u)));
  const codes = answers.map((a) => a.statusCode);
  if (codes.every((c) => c === 200)) return 'served';
  if (codes.every((c) => c === 403)) return 'denied';
  return answers.map((a, i) => `${urls[i]} ${a.statusCode} ${a.statusCode === 200 ? '' : a.body.slice(0, 200)}`).join('; ');
}

/** The household file of H5, or the status it was refused with. */
async function fileOf(h: Harness, role: Role): Promise<{ status: number; body: Record<string, unknown[]> & { house: Record<string, unknown> } }> {
  const res = await get(h, role, '/api/households/H5');
  return { status: res.statusCode, body: res.json() };
}

const ROW_PROBES: Record<string, Probe> = {
  '登记线索 `POST /api/intake/reports`': async (h, role) => {
    const res = await h.app.inject({ method: 'POST', url: '/api/intake/reports', headers: as(h, role, 'own'), payload: { channel: 'patrol', houseId: 'H4', content: '数据视图测试线索' } });
    return res.statusCode === 200 ? 'served' : res.statusCode === 403 ? 'denied' : `status ${res.statusCode}`;
  },
  '案件列表、案件详情 `/api/cases`': async (h, role, f) => {
    const list = await get(h, role, '/api/cases?pageSize=500');
    if (list.statusCode === 403) return (await get(h, role, `/api/cases/${f.ownTask}`)).statusCode === 403 ? 'denied' : 'list 403, detail not';
    const ids = new Set(list.json().items.map((c: { id: string }) => c.id));
    const own = (await get(h, role, `/api/cases/${f.ownTask}`)).statusCode;
    const other = (await get(h, role, `/api/cases/${f.otherTask}`)).statusCode;
    const todo = (await get(h, role, '/api/todo')).json();
    const onTodo = [...todo.awaiting, ...todo.dueSoon, ...todo.overdue].some((c: { id: string }) => c.id === f.otherTask);
    if (ids.has(f.ownTask) && ids.has(f.otherTask) && own === 200 && other === 200) return 'served';
    if (ids.has(f.ownTask) && !ids.has(f.otherTask) && own === 200 && other === 403 && !onTodo) return 'own_only';
    return `list has own ${ids.has(f.ownTask)}, other ${ids.has(f.otherTask)}; details ${own}, ${other}; other on 待办 ${onTodo}`;
  },
  '预警分值、等级、理由（案件、一户一档）': async (h, role, f) => {
    const detail = await get(h, role, `/api/cases/${f.ownTask}`);
    const file = await fileOf(h, role);
    if (detail.statusCode === 403 && file.status === 403) return 'denied';
    const listed = (await get(h, role, '/api/cases?pageSize=500')).json().items.find((c: { id: string }) => c.id === f.ownTask);
    const fileCases = file.body.cases as { id: string; alert: unknown }[];
    // The fixture's case was opened from an alert; earlier suites may have left other cases on H5 without one.
    const scores = [detail.json().alert, listed?.alert, fileCases.find((c) => c.id === f.ownTask)?.alert];
    if (scores.every((a) => a !== null && a !== undefined) && file.body.alerts.length > 0) return 'served';
    if (scores.every((a) => a === null) && fileCases.every((c) => c.alert === null) && file.body.alerts.length === 0) return 'left_out';
    return `alerts on case ${JSON.stringify(scores)}, file alerts ${file.body.alerts.length}`;
  },
  '预警列表 `/api/alerts`': (h, role) => allowedOrDenied(h, role, ['/api/alerts', '/api/houses/H5/alerts', '/api/alerts/export.xlsx']),
  '用量曲线 `/api/houses/{id}/consumption`': (h, role) => allowedOrDenied(h, role, ['/api/houses/H5/consumption']),
  '门禁记录 `/api/houses/{id}/access`': (h, role) => allowedOrDenied(h, role, ['/api/houses/H5/access?days=30']),
  '作战图 `/api/map/*`': (h, role) => allowedOrDenied(h, role, ['/api/map/areas', '/api/map/streets', `/api/map/dwellings?neighborhood=${encodeURIComponent('汾西居民区')}&community=${encodeURIComponent('汾西小区')}&building=${encodeURIComponent('12号')}`]),
  '房屋地址、面积、房型': async (h, role) => {
    const house = await get(h, role, '/api/houses/H5');
    const file = await fileOf(h, role);
    if (house.statusCode === 403 && file.status === 403) return 'denied';
    const shown = [house.json(), file.body.house].every((x) => typeof x.address === 'string' && x.areaM2 === 60 && x.bedrooms === 2);
    return shown ? 'served' : `house ${house.statusCode} ${house.body.slice(0, 120)}`;
  },
  '登记人口数 `registeredResidents`': async (h, role) => {
    const house = await get(h, role, '/api/houses/H5');
    if (house.statusCode === 403) return 'denied';
    const listed = (await get(h, role, '/api/houses?pageSize=500')).json().items.find((x: { houseId: string }) => x.houseId === 'H5');
    const counts = [house.json().registeredResidents, listed?.registeredResidents, (await fileOf(h, role)).body.house.registeredResidents];
    if (counts.every((c) => c === 3)) return 'served';
    if (counts.every((c) => c === null)) return 'left_out';
    return `counts ${JSON.stringify(counts)}`;
  },
  '业主、二房东（脱敏；凭目的可查看原文）': async (h, role) => {
    const file = await fileOf(h, role);
    if (file.status === 403) return 'denied';
    const parties = file.body.parties as { kind: string; revealed: boolean; name: string }[];
    const kinds = parties.filter((p) => p.kind !== 'tenant');
    const ok = kinds.map((p) => p.kind).sort().join() === 'owner,sublessor' && kinds.every((p) => !p.revealed && p.name !== '王业主');
    return ok ? 'served' : `parties ${JSON.stringify(parties)}`;
  },
  '租户': async (h, role) => {
    const file = await fileOf(h, role);
    if (file.status === 403) return 'denied';
    const tenants = (file.body.parties as { kind: string; revealed: boolean }[]).filter((p) => p.kind === 'tenant');
    if (tenants.length === 1 && !tenants[0].revealed) return 'served';
    return tenants.length === 0 ? 'left_out' : `tenants ${JSON.stringify(tenants)}`;
  },
  '用量、投诉、核查、告知、照片、房屋标签（一户一档）': async (h, role) => {
    const file = await fileOf(h, role);
    if (file.status === 403) return 'denied';
    const b = file.body;
    if ([b.meters, b.complaints, b.inspections, b.attachments].every((x) => x.length > 0)) return 'served';
    if ([b.meters, b.complaints, b.inspections, b.attachments, b.notices, b.labels].every((x) => x.length === 0)) return 'left_out';
    return `meters ${b.meters.length}, complaints ${b.complaints.length}, inspections ${b.inspections.length}, attachments ${b.attachments.length}`;
  },
  '案件文书': async (h, role, f) => {
    const own = (await get(h, role, `/api/cases/${f.ownTask}/documents`)).statusCode;
    const other = (await get(h, role, `/api/cases/${f.otherTask}/documents`)).statusCode;
    if (own === 200 && other === 200) return 'served';
    if (own === 200 && other === 403) return 'own_only';
    return own === 403 && other === 403 ? 'denied' : `documents ${own}, ${other}`;
  },
};

/** H5: owner, sublessor, tenant, a meter, a 12345 ticket, an imported inspection, a photo and a case assigned to the property company; H6: a case of the committee. */
async function seed(h: Harness): Promise<Fixture> {
  // Earlier suites on this harness leave cases (some on H5, H6) and move the clock: start after their last step, on fresh cases.
  await h.db.exec("UPDATE cases SET state = 'closed' WHERE house_id IN ('H5', 'H6') AND state NOT IN ('closed', 'not_group_rental', 'relapsed')");
  const latest = (await h.db.query<{ t: string | null }>('SELECT max(at)::text AS t FROM case_events')).rows[0]?.t;
  if (latest) h.clock.t = Math.max(h.clock.t, Date.parse(latest) + 86_400_000);
  await signInAll(h);
  const ops = as(h, 'ops_center', 'own');
  const committee = as(h, 'committee', 'own');
  const post = (url: string, headers: object, payload: object) => h.app.inject({ method: 'POST', url, headers: headers as Record<string, string>, payload });
  for (const p of [{ kind: 'owner', name: '王业主', phone: '13700000001' }, { kind: 'sublessor', name: '李二房东', phone: '13700000002' }, { kind: 'tenant', name: '张租户', phone: '13700000003' }]) {
    const res = await post('/api/households/H5/parties', committee, p);
    expect(res.statusCode, res.body).toBe(201);
  }
  await h.db.exec(`
    INSERT INTO meters (meter_id, house_id, kind, unit, import_batch_id, source_line) SELECT 'DV-W-H5', 'H5', 'water', 'm3', max(id), 1 FROM import_batches;
    INSERT INTO complaints (ticket_id, received_at, channel, address, house_id, category, content, import_batch_id, source_line)
      SELECT 'DV-12345-1', '2026-02-20T10:00:00+08:00', '12345', address, 'H5', '群租', '夜间人员进出频繁', (SELECT max(id) FROM import_batches), 1 FROM houses WHERE house_id = 'H5';
    INSERT INTO inspections (house_id, inspected_at, result, occupants, partitioned, notes, import_batch_id, source_line)
      SELECT 'H5', '2025-06-01T10:00:00+08:00', 'not_confirmed', 3, false, '家庭自住', max(id), 1 FROM import_batches;`);
  const { payload, headers } = multipartFile(JPEG('data-view'), 'dv.jpg');
  expect((await h.app.inject({ method: 'POST', url: '/api/households/H5/attachments', headers: { ...committee, ...headers }, payload })).statusCode).toBe(201);
  const open = async (houseId: string, assignee: { role: Role; unitName: string }): Promise<string> => {
    const opened = await post('/api/intake/alerts', ops, { houseId, score: 0.91, level: 'red', reasons: ['用电异常'] });
    expect(opened.statusCode, opened.body).toBe(200);
    const id: string = opened.json().caseId;
    const d = await post(`/api/cases/${id}/transitions`, ops, { action: 'dispatch', evidence: { assignee } });
    expect(d.statusCode, d.body).toBe(200);
    return id;
  };
  return { ownTask: await open('H5', { role: 'property', unitName: '汾西小区物业' }), otherTask: await open('H6', { role: 'committee', unitName: '汾西居民区居委会' }) };
}

export function dataViewTests(harness: () => Harness): void {
  describe('data view per role (docs/roles.md, 各角色可见的数据)', () => {
    const table = readDataViewTable(readFileSync(new URL('../../../../docs/roles.md', import.meta.url), 'utf8'));
    let h: Harness;
    let fixture: Fixture;
    beforeAll(async () => { h = harness(); fixture = await seed(h); }, 300_000);

    it('names every role in exactly one column and has a probe for every row', () => {
      expect(table.columns.flat().sort()).toEqual([...ROLES].sort());
      expect(table.rows.map((r) => r.data).sort()).toEqual(Object.keys(ROW_PROBES).sort());
    });

    it('every cell: each role of the column gets what the table says', async () => {
      const failures: string[] = [];
      let cells = 0;
      for (const row of table.rows) {
        for (const [j, roles] of table.columns.entries()) {
          for (const role of roles) {
            const got = await ROW_PROBES[row.data](h, role, fixture);
            cells += 1;
            if (got !== row.cells[j]) failures.push(`${row.data} as ${role}: got ${got}, table says ${row.cells[j]}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(cells).toBe(table.rows.length * ROLES.length);
    }, 300_000);
  });
}
