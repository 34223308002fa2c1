// A month of work on the test register, through the API: a whistle run, cases
// found by the whistle, 12345 and patrol, confirmed, served, rectified, ruled
// out and left overdue, people registered, and imported 12345 tickets; the
// clock moves a day or more between steps so the milestones fall on
// different days.
import { expect } from 'vitest';
import { clearChecklist, groupRentalChecklist, JPEG } from '../../../services/test/closed-loop/fixtures.ts';
import type { Role } from '@sentinel/domain';
import { as, key, multipartFile, PASSWORD, type Harness, type Scope } from '../loop/harness.ts';

const DAY = 86_400_000;
export type Who = ReturnType<typeof as>;

export interface Scenario {
  /** The case of H1: whistle → confirmed → notices served → rectified. */
  readonly confirmedCase: string;
  /** The case of H4: patrol, dispatched, never verified (overdue). */
  readonly overdueCase: string;
  readonly runId: string;
}

/** Sessions last 12 hours: after moving the clock by days, sign the users in again. */
export async function signInAgain(h: Harness, who: readonly (readonly [Role, Scope])[]): Promise<void> {
  for (const [role, scope] of who) {
    const res = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `${role.replace('_', '-')}-${scope}`, password: PASSWORD } });
    expect(res.statusCode, res.body).toBe(200);
    h.sessions.set(key(role, scope), { cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; '), csrf: res.json().csrfToken });
  }
}

const ACTORS = [['ops_center', 'own'], ['committee', 'own'], ['enforcement', 'own'], ['grid_worker', 'own']] as const;

export async function playScenario(h: Harness): Promise<Scenario> {
  const post = async (url: string, who: Who, payload: object): Promise<{ [k: string]: unknown }> => {
    const res = await h.app.inject({ method: 'POST', url, headers: who, payload });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const step = (id: string, who: Who, action: string, evidence: object = {}) => post(`/api/cases/${id}/transitions`, who, { action, evidence });
  const upload = async (houseId: string, who: Who, seed: string): Promise<string> => {
    const { payload, headers } = multipartFile(JPEG(seed), `${seed}.jpg`);
    const res = await h.app.inject({ method: 'POST', url: `/api/households/${houseId}/attachments`, headers: { ...who, ...headers }, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  };
  let ops = as(h, 'ops_center', 'own');
  let committee = as(h, 'committee', 'own');
  const later = async (days: number) => {
    h.clock.t += days * DAY;
    await signInAgain(h, ACTORS);
    ops = as(h, 'ops_center', 'own');
    committee = as(h, 'committee', 'own');
  };

  // A detection run of 2026-03-01 rating H1 red (onset 2026-02-20), H4 yellow, X1 red.
  const runId = 'run_doc_test';
  await h.db.exec(`
    INSERT INTO detection_runs (id, started_at, finished_at, as_of_day, model_version, params, status, triggered_by, duration_ms)
      VALUES ('${runId}', '2026-03-01T20:00:00Z', '2026-03-01T20:01:00Z', '2026-03-01', 'test', '{}', 'succeeded', 'system', 60000);
    INSERT INTO alerts (run_id, house_id, rank, score, level, onset_day, reasons) VALUES
      ('${runId}', 'H1', 1, 0.9, 'red', '2026-02-20', ARRAY['用水异常']),
      ('${runId}', 'X1', 2, 0.8, 'red', NULL, ARRAY['用水异常']),
      ('${runId}', 'H4', 3, 0.5, 'yellow', NULL, ARRAY['用电异常']),
      ('${runId}', 'H5', 4, 0.1, 'green', NULL, ARRAY[]::text[]);
    INSERT INTO complaints (ticket_id, received_at, channel, address, house_id, category, import_batch_id, source_line) VALUES
      ('T-1', '2026-03-03T02:00:00Z', '12345', '汾西路261弄12号102室', 'H2', '群租', 1, 2),
      ('T-2', '2026-03-05T02:00:00Z', '12345', '阳曲路100弄12号101室', 'X1', '群租', 1, 3),
      ('T-3', '2026-03-06T02:00:00Z', '12345', '某路1号', NULL, '群租', 1, 4),
      ('T-4', '2026-03-06T03:00:00Z', '12345', '汾西路261弄12号103室', 'H3', '噪音', 1, 5),
      ('T-5', '2026-04-06T03:00:00Z', '12345', '汾西路261弄12号103室', 'H3', '群租', 1, 6);`);

  // H1: whistle → dispatch → accept → confirm → serve → pass → monitoring.
  const opened = await post('/api/intake/alerts', ops, { houseId: 'H1', score: 0.9, level: 'red', reasons: ['用水异常'], runId });
  const id = String(opened.caseId);
  await step(id, ops, 'dispatch');
  await later(1);
  await step(id, committee, 'accept_dispatch');
  await post('/api/households/H1/parties', committee, { kind: 'owner', name: '张三丰', phone: '13812345678' });
  await post('/api/households/H1/parties', committee, { kind: 'tenant', name: '李四', phone: null });
  await later(1);
  const photo = await upload('H1', committee, 'h1');
  await step(id, committee, 'confirm', { checklist: groupRentalChecklist(), photoIds: [photo] });
  await later(2);
  const notices = ['rectification', 'population_registration', 'rental_filing'].map((kind) => ({ kind, servedAt: h.clock.t, photoIds: [photo] }));
  await step(id, committee, 'serve_notices', { notices });
  await later(3);
  await step(id, as(h, 'enforcement', 'own'), 'pass_acceptance', { units: ['enforcement', 'committee'], acceptance: { passed: true }, photoIds: [photo] });

  // H2: 12345 → dispatched → ruled out with photo.
  const r2 = await post('/api/intake/reports', ops, { channel: '12345', ticketId: 'T-9', address: '汾西路261弄12号102室', category: '群租' });
  const id2 = String(r2.caseId);
  await step(id2, ops, 'dispatch');
  await step(id2, committee, 'accept_dispatch');
  await later(1);
  await step(id2, committee, 'rule_out', { checklist: clearChecklist(), photoIds: [await upload('H2', committee, 'h2')] });

  // H4: patrol report, dispatched, then left: its verification deadline passes.
  const r4 = await post('/api/intake/reports', as(h, 'grid_worker', 'own'), { channel: 'patrol', houseId: 'H4' });
  const overdueCase = String(r4.caseId);
  await step(overdueCase, ops, 'dispatch');
  h.clock.t += 10 * DAY;
  return { confirmedCase: id, overdueCase, runId };
}
