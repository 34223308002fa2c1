// GET/PUT /api/clock on PGlite and PostgreSQL: every signed-in user reads the
// services' today; only the administrator of a demo server moves it, and the
// sessions (real time) survive the move. A server without a demo clock (a
// real deployment) refuses with 409 demo.not_demo_mode.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoClock } from '@sentinel/services';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { as, startHarness, type Harness } from '../loop/harness.ts';

const NOW = Date.parse('2026-11-02T09:30:00+08:00');

describeEachEngine('clock API', (engine) => {
  let demo: Harness;
  let real: Harness;
  beforeAll(async () => {
    let clockOf: () => number = () => NOW;
    demo = await startHarness(engine, NOW, { demoClock: createDemoClock({ real: () => clockOf() }) });
    clockOf = () => demo.clock.t;
    real = await startHarness(engine, NOW);
  });
  afterAll(async () => { await demo?.close(); await real?.close(); });

  const put = (h: Harness, role: Parameters<typeof as>[1], today: string) =>
    h.app.inject({ method: 'PUT', url: '/api/clock', headers: as(h, role, 'own'), payload: { today } });

  it('a demo server: the administrator moves today forward, the others read it, sessions stay', async () => {
    const before = await demo.app.inject({ method: 'GET', url: '/api/clock', headers: as(demo, 'committee', 'own') });
    expect(before.json()).toMatchObject({ demo: true, today: '2026-11-02', offsetDays: 0 });
    const refused = await put(demo, 'ops_center', '2026-11-20');
    expect(refused.statusCode).toBe(403);
    const moved = await put(demo, 'admin', '2026-11-20');
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ demo: true, today: '2026-11-20', offsetDays: 18 });
    // 18 days on the demo's clock, seconds on the sessions': nobody is signed out.
    const after = await demo.app.inject({ method: 'GET', url: '/api/clock', headers: as(demo, 'committee', 'own') });
    expect(after.statusCode).toBe(200);
    expect(after.json().today).toBe('2026-11-20');
    const backwards = await put(demo, 'admin', '2026-11-19');
    expect(backwards.statusCode).toBe(409);
    expect(backwards.json()).toMatchObject({ code: 'demo.clock_backwards' });
    expect(backwards.json().message).toContain('只能向后调整');
    const malformed = await put(demo, 'admin', '20261130');
    expect(malformed.statusCode).toBe(400);
  });

  it('a real deployment: today is the server\'s, and moving it is refused', async () => {
    const view = await real.app.inject({ method: 'GET', url: '/api/clock', headers: as(real, 'admin', 'own') });
    expect(view.json()).toMatchObject({ demo: false, today: '2026-11-02', offsetDays: 0 });
    const refused = await put(real, 'admin', '2026-11-20');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'demo.not_demo_mode' });
    expect(refused.json().message).toMatch(/^只有演示模式/);
    const anonymous = await real.app.inject({ method: 'GET', url: '/api/clock' });
    expect(anonymous.statusCode).toBe(401);
  });
});
