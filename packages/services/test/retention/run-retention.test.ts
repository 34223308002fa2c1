// The retention job on both engines: door events, residents' details of
// ended cases, photos and audit rows past their terms are deleted or
// anonymised (a dry run only counts), with one audit row per run; what is
// still in use (an open case, a case moved recently, a file another row
// shares) is kept; the audit log stays append-only outside purge_audit_log().
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { countRows, type Database } from '@sentinel/db';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { tempDir } from '../../../../test/temp-dir.ts';
import { writeTinyDataset } from '../import/tiny-dataset.ts';
import { DEFAULT_RETENTION, importDataset, retentionPolicy, runRetention } from '../../src/index.ts';

const NOW = Date.parse('2028-12-01T12:00:00+08:00');

let dataset: string;
beforeAll(async () => {
  dataset = await writeTinyDataset();
});

async function seed(db: Database, files: string): Promise<void> {
  await importDataset(db, dataset); // 4 houses, 3 door events in January 2026
  const kase = (id: string, n: number, house: string, state: string, since: string): string =>
    `('${id}', 'T${n}', 'T', 2025, ${n}, '${house}', 'patrol', '${state}', '2025-01-01', 'u1', 'grid_worker', '${since}')`;
  await db.exec(`
    INSERT INTO cases (id, case_number, number_prefix, number_year, number_seq, house_id, source, state, opened_at, opened_by_id, opened_by_role, state_since) VALUES
      ${kase('c-old', 1, 'H001', 'closed', '2025-03-01')},
      ${kase('c-open', 2, 'H002', 'notified', '2025-03-01')},
      ${kase('c-recent', 3, 'H003', 'not_group_rental', '2027-06-01')};
    INSERT INTO parties (id, house_id, kind, name, phone, id_last4, created_at, created_by_id) VALUES
      ('p1', 'H001', 'tenant', '张三', '13800000001', '1234', '2025-01-05', 'u1'),
      ('p2', 'H002', 'tenant', '李四', '13800000002', '5678', '2025-01-05', 'u1'),
      ('p3', 'H003', 'owner', '王五', '13800000003', '9012', '2025-01-05', 'u1');
    INSERT INTO attachments (id, sha256, mime, size_bytes, house_id, case_id, uploaded_at, uploaded_by_id) VALUES
      ('a-old', 'aa11', 'image/jpeg', 3, 'H001', 'c-old', '2025-02-01', 'u1'),
      ('a-shared-old', 'bb22', 'image/jpeg', 3, 'H001', 'c-old', '2025-02-01', 'u1'),
      ('a-shared-open', 'bb22', 'image/jpeg', 3, 'H002', 'c-open', '2025-02-01', 'u1');
    INSERT INTO audit_log (at, actor_id, actor_role, action, target_kind, target_id) VALUES
      ('2020-01-01', 'u1', 'grid_worker', 'personal_data.view', 'house', 'H001'),
      ('2027-01-01', 'u1', 'grid_worker', 'personal_data.view', 'house', 'H001');`);
  for (const sha of ['aa11', 'bb22']) {
    await mkdir(join(files, sha.slice(0, 2)), { recursive: true });
    await writeFile(join(files, sha.slice(0, 2), sha), 'jpg');
  }
}

async function auditRows(db: Database): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows[0].n;
}

const counts = (report: Awaited<ReturnType<typeof runRetention>>): Record<string, number> =>
  Object.fromEntries(report.lines.map((l) => [l.rule.kind, l.count]));

describeEachEngine('retention job', (engine) => {
  it('a dry run counts and changes nothing but its audit row; the run deletes and anonymises what is past its term', async () => {
    const db = await engine.open();
    const files = tempDir('sentinel-retention-');
    try {
      await seed(db, files);
      const before = await countRows(db);
      const auditBefore = await auditRows(db);
      const opts = { policy: DEFAULT_RETENTION, storage: { dir: files }, now: () => NOW };
      const dry = await runRetention(db, { ...opts, dryRun: true });
      const expected = { access_events: 3, closed_case_parties: 1, attachments: 2, audit_log: 1 };
      expect(counts(dry)).toEqual(expected);
      expect(dry.filesRemoved).toBe(0);
      expect(await countRows(db)).toEqual(before);
      expect(await auditRows(db)).toBe(auditBefore + 1);

      const run = await runRetention(db, opts);
      expect(counts(run)).toEqual(expected);
      const after = await countRows(db);
      expect(after.access_events).toBe(0);
      const parties = await db.query<{ id: string; name: string; phone: string | null; id_last4: string | null }>('SELECT id, name, phone, id_last4 FROM parties ORDER BY id');
      expect(parties.rows).toEqual([
        { id: 'p1', name: '（已匿名）', phone: null, id_last4: null },
        { id: 'p2', name: '李四', phone: '13800000002', id_last4: '5678' }, // open case
        { id: 'p3', name: '王五', phone: '13800000003', id_last4: '9012' }, // ended, but within the term
      ]);
      const attachments = await db.query<{ id: string }>('SELECT id FROM attachments ORDER BY id');
      expect(attachments.rows.map((r) => r.id)).toEqual(['a-shared-open']);
      // aa11 had no other row: its file is gone; bb22 is still used by the open case.
      expect(run.filesRemoved).toBe(1);
      expect(await readdir(join(files, 'aa'))).toEqual([]);
      expect(await readdir(join(files, 'bb'))).toEqual(['bb22']);

      const audit = await db.query<{ at: Date; action: string; actor_id: string; detail: Record<string, { count: number }> }>(
        'SELECT at, action, actor_id, detail FROM audit_log ORDER BY id');
      expect(audit.rows.some((r) => new Date(r.at).getUTCFullYear() === 2020)).toBe(false);
      const runs = audit.rows.filter((r) => r.action.startsWith('retention.'));
      expect(runs.map((r) => [r.action, r.actor_id])).toEqual([['retention.dry_run', 'system'], ['retention.run', 'system']]);
      expect(runs[1].detail.closed_case_parties.count).toBe(1);

      // A second run finds nothing more.
      expect(counts(await runRetention(db, opts))).toEqual({ access_events: 0, closed_case_parties: 0, attachments: 0, audit_log: 0 });
    } finally {
      await db.close();
    }
  });

  it('keeps the audit log append-only outside the retention path, and never purges its last 180 days', async () => {
    const db = await engine.open();
    try {
      await db.exec(`INSERT INTO audit_log (at, actor_id, actor_role, action, target_kind, target_id) VALUES ('2020-01-01', 'u1', 'grid_worker', 'x', 'house', 'H1')`);
      await expect(db.exec('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(db.exec(`UPDATE audit_log SET action = 'y'`)).rejects.toThrow(/append-only/);
      // The setting alone lets no row younger than it go, and purge_audit_log refuses a recent cutoff.
      await expect(db.exec(`SELECT purge_audit_log(now() - interval '30 days')`)).rejects.toThrow(/至少保留 180 天/);
      expect(await auditRows(db)).toBe(1);
      await db.exec(`SELECT purge_audit_log('2021-01-01')`);
      expect(await auditRows(db)).toBe(0);
      // ... and the protection is back on afterwards in the same session.
      await db.exec(`INSERT INTO audit_log (at, actor_id, actor_role, action, target_kind, target_id) VALUES ('2020-01-01', 'u1', 'grid_worker', 'x', 'house', 'H1')`);
      await expect(db.exec('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    } finally {
      await db.close();
    }
  });
});

it('reads each term from the environment and refuses one shorter than allowed', () => {
  expect(retentionPolicy({ access_events: 200 }).access_events.days).toBe(200);
  expect(retentionPolicy({}).audit_log.days).toBe(1095);
  expect(() => retentionPolicy({ audit_log: 30 })).toThrow(/不小于 180/);
  expect(() => retentionPolicy({ attachments: 1.5 })).toThrow(/ATTACHMENTS/);
});
