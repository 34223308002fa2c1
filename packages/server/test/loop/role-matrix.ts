// Every role × every closed-loop route × own / other jurisdiction, on PGlite
// and PostgreSQL. Expected statuses come from the permission table and the
// domain life-cycle table, not from a hand-written list, so the test follows
// the rules and fails when the API does not.
import { beforeAll, describe, expect, it } from 'vitest';
import { dayToIso, ROLES, findRule, shanghaiDay, type Role } from '@sentinel/domain';
import { can, createUser, openCaseFromAlert, recordCooperationRefusal, REVEALABLE_PARTIES, type Permission } from '@sentinel/services';
import { surveyCampaignFor } from './survey-campaign.ts';
import { rentalPartyFor } from './rental-party.ts';
import { userOf } from '../../../services/test/closed-loop/fixtures.ts';
import { as, type Harness, type Scope } from './harness.ts';

interface RouteCase {
  name: string;
  /** Several: any one of them admits. */
  permission: Permission | readonly Permission[];
  /** Whether the route is about one house (jurisdiction applies) or lists the user's own scope. */
  houseBound: boolean;
  run(h: Harness, role: Role, scope: Scope, caseId: string): Promise<{ statusCode: number; body: string }>;
  /** Extra rule on top of permission + jurisdiction (the domain's role table). */
  allowed?(role: Role): boolean;
  ok: number;
}

/**
 * An account for the account-management routes to act on, created once per
 * harness: deactivating or resetting a signed-in test user would end the
 * sessions the other cells use.
 */
const accountTargets = new WeakMap<Harness, Promise<string>>();
function accountTarget(h: Harness): Promise<string> {
  let id = accountTargets.get(h);
  if (!id) {
    const ctx = { db: h.db, user: userOf('admin', 'whole', 'bootstrap-admin'), now: () => h.clock.t };
    const u = userOf('grid_worker', 'own');
    id = createUser({ ctx, input: { username: 'account-target', displayName: '账号管理测试', role: 'grid_worker', unitName: u.unitName, jurisdiction: u.jurisdiction, password: 'target-password-1' } }).then((v) => v.id);
    accountTargets.set(h, id);
  }
  return id;
}

const ROUTES: RouteCase[] = [
  // The cell's case is not dispatched: a role that sees only its own tasks (物业, docs/roles.md) is refused it.
  { name: 'GET /api/cases/:id', permission: 'case.view', houseBound: true, ok: 200, allowed: (r) => can(r, 'household.detail'), run: (h, r, s, id) => h.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: as(h, r, s) }) },
  { name: 'GET /api/households/:houseId', permission: 'household.view', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/households/H1', headers: as(h, r, s) }) },
  { name: 'POST /api/intake/alerts', permission: 'intake.alert', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'POST', url: '/api/intake/alerts', headers: as(h, r, s), payload: { houseId: 'H2', score: 0.6, level: 'yellow', reasons: ['用电异常'] } }) },
  { name: 'POST /api/intake/reports', permission: 'case.open', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'POST', url: '/api/intake/reports', headers: as(h, r, s), payload: { channel: 'patrol', houseId: 'H3' } }) },
  { name: 'GET /api/intake/queue', permission: 'intake.queue', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/intake/queue', headers: as(h, r, s) }) },
  { name: 'GET /api/cases', permission: 'case.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/cases', headers: as(h, r, s) }) },
  { name: 'GET /api/todo', permission: 'case.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/todo', headers: as(h, r, s) }) },
  { name: 'GET /api/directory/units', permission: ['case.view', 'user.manage'], houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/directory/units?assignable=true', headers: as(h, r, s) }) },
  { name: 'POST /api/directory/units', permission: 'user.manage', houseBound: false, ok: 201, run: (h, r, s) => h.app.inject({ method: 'POST', url: '/api/directory/units', headers: as(h, r, s), payload: { name: `矩阵测试单位${r}${s}`, role: 'enforcement' } }) },
  {
    name: 'POST /api/cases/dispatch-batch', permission: 'intake.alert', houseBound: false, ok: 200,
    run: (h, r, s) => h.app.inject({ method: 'POST', url: '/api/cases/dispatch-batch', headers: as(h, r, s), payload: { alerts: [{ houseId: 'H4', score: 0.9, level: 'red', reasons: ['用水异常'] }] } }),
  },
  {
    name: 'POST /api/households/:houseId/parties', permission: 'party.manage', houseBound: true, ok: 201,
    allowed: (r) => REVEALABLE_PARTIES[r].includes('owner'),
    run: (h, r, s) => h.app.inject({ method: 'POST', url: '/api/households/H1/parties', headers: as(h, r, s), payload: { kind: 'owner', name: '王五', phone: '13700000000' } }),
  },
  { name: 'POST /api/households/:houseId/parties/reveal', permission: 'party.reveal', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'POST', url: '/api/households/H1/parties/reveal', headers: as(h, r, s), payload: { purpose: '送达告知书' } }) },
  {
    name: 'POST /api/cases/:id/transitions (dispatch)', permission: 'case.transition', houseBound: true, ok: 200,
    allowed: (r) => findRule('discovered', 'dispatch')?.roles.includes(r) ?? false,
    run: (h, r, s, id) => h.app.inject({ method: 'POST', url: `/api/cases/${id}/transitions`, headers: as(h, r, s), payload: { action: 'dispatch', evidence: {} } }),
  },
  { name: 'GET /api/users', permission: 'user.manage', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/users', headers: as(h, r, s) }) },
  { name: 'POST /api/users/:id/password', permission: 'user.manage', houseBound: false, ok: 200, run: async (h, r, s) => h.app.inject({ method: 'POST', url: `/api/users/${await accountTarget(h)}/password`, headers: as(h, r, s), payload: { newPassword: 'reset-password-1' } }) },
  { name: 'POST /api/users/:id/deactivate', permission: 'user.manage', houseBound: false, ok: 200, run: async (h, r, s) => h.app.inject({ method: 'POST', url: `/api/users/${await accountTarget(h)}/deactivate`, headers: as(h, r, s) }) },
  { name: 'POST /api/users/:id/reactivate', permission: 'user.manage', houseBound: false, ok: 200, run: async (h, r, s) => h.app.inject({ method: 'POST', url: `/api/users/${await accountTarget(h)}/reactivate`, headers: as(h, r, s) }) },
  { name: 'GET /api/users/audit', permission: 'audit.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/users/audit?targetId=H1', headers: as(h, r, s) }) },
  { name: 'GET /api/users/audit/export.xlsx', permission: 'audit.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/users/audit/export.xlsx?houseId=H1', headers: as(h, r, s) }) },
  { name: 'GET /api/houses', permission: 'household.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/houses', headers: as(h, r, s) }) },
  { name: 'GET /api/houses/:houseId', permission: 'household.view', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/houses/H1', headers: as(h, r, s) }) },
  { name: 'GET /api/houses/:houseId/access', permission: 'household.detail', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/houses/H1/access?days=30', headers: as(h, r, s) }) },
  { name: 'GET /api/houses/:houseId/consumption', permission: 'household.detail', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/houses/H1/consumption', headers: as(h, r, s) }) },
  { name: 'GET /api/houses/:houseId/alerts', permission: 'alert.view', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/houses/H1/alerts', headers: as(h, r, s) }) },
  { name: 'GET /api/alerts', permission: 'alert.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/alerts', headers: as(h, r, s) }) },
  // Another subdistrict's map is empty, not refused (map-areas.ts): the areas route is not house-bound.
  { name: 'GET /api/map/areas', permission: 'household.detail', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/map/areas', headers: as(h, r, s) }) },
  { name: 'GET /api/imports/status', permission: 'import.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/imports/status', headers: as(h, r, s) }) },
  { name: 'GET /api/admin/calendar', permission: 'calendar.manage', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/admin/calendar', headers: as(h, r, s) }) },
  { name: 'GET /api/admin/templates', permission: 'template.manage', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/admin/templates', headers: as(h, r, s) }) },
  { name: 'DELETE /api/admin/templates/:kind', permission: 'template.manage', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'DELETE', url: '/api/admin/templates/rental_filing_notice', headers: as(h, r, s) }) },
  { name: 'GET /api/admin/calendar/:year/days', permission: 'calendar.manage', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/admin/calendar/2026/days', headers: as(h, r, s) }) },
  { name: 'PUT /api/admin/calendar/days/:date', permission: 'calendar.manage', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'PUT', url: '/api/admin/calendar/days/2026-12-31', headers: as(h, r, s), payload: { kind: 'workday', note: '角色矩阵测试' } }) },
  { name: 'DELETE /api/admin/calendar/days/:date', permission: 'calendar.manage', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'DELETE', url: '/api/admin/calendar/days/2026-12-31', headers: as(h, r, s) }) },
  { name: 'GET /api/whistle/precision', permission: 'whistle.metrics', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/whistle/precision', headers: as(h, r, s) }) },
  { name: 'GET /api/cooperation-refusals', permission: 'cooperation.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/cooperation-refusals?year=2026', headers: as(h, r, s) }) },
  { name: 'GET /api/cases/:id/cooperation-units', permission: 'cooperation.record', houseBound: true, ok: 200, run: (h, r, s, id) => h.app.inject({ method: 'GET', url: `/api/cases/${id}/cooperation-units`, headers: as(h, r, s) }) },
  {
    name: 'POST /api/cooperation-refusals', permission: 'cooperation.record', houseBound: true, ok: 201,
    run: (h, r, s, id) => h.app.inject({ method: 'POST', url: '/api/cooperation-refusals', headers: as(h, r, s), payload: { caseId: id, unitRole: 'committee', unitName: '汾西居民区居委会', day: dayToIso(shanghaiDay(h.clock.t)), note: '拒绝配合入户核查' } }),
  },
  {
    name: 'GET /api/referral-housing', permission: 'referral.view', houseBound: false, ok: 200,
    run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/referral-housing', headers: as(h, r, s) }),
  },
  {
    name: 'POST /api/cases/:id/referrals', permission: 'referral.record', houseBound: true, ok: 201,
    run: (h, r, s, id) => h.app.inject({ method: 'POST', url: `/api/cases/${id}/referrals`, headers: as(h, r, s), payload: { housingId: null, employer: '某快递网点', offered: 2, placed: 0, declined: 0 } }),
  },
  {
    name: 'GET /api/survey-campaigns', permission: 'survey.view', houseBound: false, ok: 200,
    run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/survey-campaigns', headers: as(h, r, s) }),
  },
  // The campaign covers the own 居民区 only, so every "other" account is outside it.
  { name: 'GET /api/survey-campaigns/:id/progress', permission: 'survey.view', houseBound: true, ok: 200, run: async (h, r, s) => h.app.inject({ method: 'GET', url: `/api/survey-campaigns/${await surveyCampaignFor(h)}/progress`, headers: as(h, r, s) }) },
  { name: 'GET /api/survey-campaigns/:id/master-list.xlsx', permission: 'survey.view', houseBound: true, ok: 200, run: async (h, r, s) => h.app.inject({ method: 'GET', url: `/api/survey-campaigns/${await surveyCampaignFor(h)}/master-list.xlsx`, headers: as(h, r, s) }) },
  {
    name: 'POST /api/survey-campaigns/:id/visits', permission: 'survey.visit', houseBound: true, ok: 201,
    run: async (h, r, s) => h.app.inject({ method: 'POST', url: `/api/survey-campaigns/${await surveyCampaignFor(h)}/visits`, headers: as(h, r, s), payload: { houseId: 'H1', outcome: 'no_access', relapseWatch: false, noticeServed: false, parties: [] } }),
  },
  { name: 'GET /api/patrol/plan', permission: 'patrol.view', houseBound: false, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/patrol/plan', headers: as(h, r, s) }) },
  { name: 'POST /api/patrol/visits', permission: 'patrol.visit', houseBound: true, ok: 201, run: (h, r, s) => h.app.inject({ method: 'POST', url: '/api/patrol/visits', headers: as(h, r, s), payload: { houseId: 'H1', finding: 'normal' } }) },
  { name: 'GET /api/houses/:id/grade-log', permission: 'patrol.view', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/houses/H1/grade-log', headers: as(h, r, s) }) },
  { name: 'GET /api/houses/:id/rental-parties', permission: 'rental_party.view', houseBound: true, ok: 200, run: (h, r, s) => h.app.inject({ method: 'GET', url: '/api/houses/H1/rental-parties', headers: as(h, r, s) }) },
  {
    name: 'POST /api/rental-parties', permission: 'rental_party.manage', houseBound: true, ok: 201,
    run: (h, r, s) => h.app.inject({ method: 'POST', url: '/api/rental-parties', headers: as(h, r, s), payload: { kind: 'rental_company', name: '矩阵公寓管理有限公司', houseId: 'H1', role: 'operator' } }),
  },
  { name: 'GET /api/rental-parties/:id', permission: 'rental_party.view', houseBound: true, ok: 200, run: async (h, r, s) => h.app.inject({ method: 'GET', url: `/api/rental-parties/${await rentalPartyFor(h)}`, headers: as(h, r, s) }) },
  { name: 'GET /api/rental-parties/:id/credit.xlsx', permission: 'rental_party.view', houseBound: true, ok: 200, run: async (h, r, s) => h.app.inject({ method: 'GET', url: `/api/rental-parties/${await rentalPartyFor(h)}/credit.xlsx`, headers: as(h, r, s) }) },
  {
    name: 'POST /api/cooperation-refusals/:id/withdraw', permission: 'cooperation.record', houseBound: true, ok: 200,
    run: async (h, r, s, id) => {
      const ctx = { db: h.db, user: userOf('ops_center', 'whole'), now: () => h.clock.t };
      const refusal = await recordCooperationRefusal({ ctx, input: { caseId: id, unitRole: 'committee', unitName: '汾西居民区居委会', day: dayToIso(shanghaiDay(h.clock.t)), note: '拒绝配合入户核查' } });
      return h.app.inject({ method: 'POST', url: `/api/cooperation-refusals/${refusal.id}/withdraw`, headers: as(h, r, s), payload: { reason: '系误记' } });
    },
  },
];

/** The one expectation rule: no permission → 403; another jurisdiction on a house → 403; else the route's success status. */
function expected(route: RouteCase, role: Role, scope: Scope): number {
  if (![route.permission].flat().some((p) => can(role, p))) return 403;
  if (route.houseBound && scope === 'other') return 403;
  if (route.allowed && !route.allowed(role)) return 403;
  return route.ok;
}

export function roleMatrixTests(harness: () => Harness): void {
  describe('API role matrix', () => {
  let h: Harness;
  beforeAll(() => { h = harness(); });

  it('every role × route × own/other jurisdiction answers as the permission and life-cycle tables say', async () => {
    const failures: string[] = [];
    let cells = 0;
    for (const route of ROUTES) {
      for (const role of ROLES) {
        for (const scope of ['own', 'other'] as const) {
          // A fresh case on H1 per cell, so one cell's dispatch does not change the next one's starting state.
          await h.db.exec("UPDATE cases SET state = 'closed' WHERE house_id = 'H1' AND state NOT IN ('closed', 'not_group_rental', 'relapsed')");
          const { caseId } = await openCaseFromAlert({ ctx: { db: h.db, user: userOf('ops_center', 'whole'), now: () => h.clock.t }, input: { houseId: 'H1', score: 0.9, level: 'red', reasons: [] } });
          const res = await route.run(h, role, scope, caseId);
          const want = expected(route, role, scope);
          cells += 1;
          if (res.statusCode !== want) failures.push(`${route.name} as ${role}/${scope}: got ${res.statusCode}, want ${want} — ${res.body.slice(0, 160)}`);
          if (res.statusCode >= 400) expect(JSON.parse(res.body)).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBe(ROUTES.length * ROLES.length * 2);
  }, 600_000); // some 600 cells through the HTTP stack: minutes on a machine shared by 8 with PGlite

  it('lists never leak another jurisdiction: the other neighbourhood sees none of H-houses’ cases', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/cases?pageSize=500', headers: as(h, 'committee', 'other') });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.filter((c: { houseId: string }) => c.houseId.startsWith('H'))).toEqual([]);
    const own = await h.app.inject({ method: 'GET', url: '/api/cases?pageSize=500', headers: as(h, 'property', 'own') });
    expect(own.json().items.every((c: { community: string }) => c.community === '汾西小区')).toBe(true);
  });
  });
}
