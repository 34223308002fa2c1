// Viewing a photo or video of on-site verification is a view of personal
// data: each successful read writes exactly one `attachment.view` audit row
// (who, role, which attachment of which house and case, when, why); a refused
// or failed read writes none.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listAudit, type AuditRow, type Database } from '@sentinel/db';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { ATTACHMENT_VIEW_ACTION, contentPath, openCaseFromAlert, readAttachment, storeAttachment, type ServiceContext } from '../../src/index.ts';
import { clockAt, ctxFor, JPEG, photoDir, seedHouses, uploadPhoto } from './fixtures.ts';

describeEachEngine('attachment views are logged (services)', (engine) => {
  let db: Database;
  let dir: string;
  const clock = clockAt('2026-03-02T09:00:00+08:00');
  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 3);
    dir = await photoDir();
  });
  afterAll(async () => db.close());

  const views = async (houseId: string): Promise<AuditRow[]> =>
    (await listAudit(db, { targetKind: 'house', targetId: houseId }, 100)).filter((r) => r.action === ATTACHMENT_VIEW_ACTION);
  const read = (ctx: ServiceContext, id: string, extra: { houseId?: string; purpose?: string } = {}) =>
    readAttachment({ ctx, input: { id, ...extra }, storage: { dir } });

  it('a read in the jurisdiction returns the bytes and writes one row: actor, role, attachment, house, case, time, purpose', async () => {
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const committee = ctxFor(db, clock, 'committee');
    const { caseId } = await openCaseFromAlert({ ctx: ops, input: { houseId: 'H1', score: 0.9, level: 'red', reasons: [] } });
    const stored = await storeAttachment({ ctx: committee, input: { houseId: 'H1', caseId, bytes: JPEG('v1') }, storage: { dir } });
    clock.set('2026-03-02T10:30:00+08:00');

    const file = await read(ops, stored.id, { houseId: 'H1', purpose: ' 核实整改照片 ' });
    expect(file.mime).toBe('image/jpeg');
    expect(new Uint8Array(file.bytes)).toEqual(JPEG('v1'));

    const rows = await views('H1');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: ops.user.id, actorRole: 'ops_center', action: 'attachment.view', targetKind: 'house', targetId: 'H1', purpose: '核实整改照片',
      detail: { attachmentId: stored.id, caseId, mime: 'image/jpeg' },
    });
    expect(rows[0].at.getTime()).toBe(Date.parse('2026-03-02T10:30:00+08:00'));
  });

  it('each read is one row (no purpose given: the default one); an attachment without a case logs caseId null', async () => {
    const grid = ctxFor(db, clock, 'grid_worker');
    const photo = await uploadPhoto(grid, dir, 'H2', 'v2');
    await read(grid, photo);
    await read(grid, photo);
    const rows = await views('H2');
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r).toMatchObject({ actorId: grid.user.id, actorRole: 'grid_worker', purpose: '查看现场照片或视频', detail: { attachmentId: photo, caseId: null } });
    }
  });

  it('a refused or failed read writes nothing', async () => {
    const committee = ctxFor(db, clock, 'committee');
    const photo = await uploadPhoto(committee, dir, 'H3', 'v3');
    const before = await listAudit(db, {}, 1000);

    // Another 居民区's committee: outside its jurisdiction.
    await expect(read(ctxFor(db, clock, 'committee', 'other'), photo)).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    // The system administrator may not view household files at all.
    await expect(read(ctxFor(db, clock, 'admin', 'whole'), photo)).rejects.toMatchObject({ code: 'auth.forbidden' });
    // Asked under another house's URL, or an id that does not exist.
    await expect(read(committee, photo, { houseId: 'H1' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(read(committee, 'att-missing')).rejects.toMatchObject({ code: 'not_found' });
    // The bytes are gone from disk: nothing is handed out, so nothing is logged.
    const gone = await storeAttachment({ ctx: committee, input: { houseId: 'H3', bytes: JPEG('gone') }, storage: { dir } });
    await rm(contentPath({ dir }, gone.sha256));
    const afterUpload = await listAudit(db, {}, 1000);
    await expect(read(committee, gone.id)).rejects.toMatchObject({ code: 'ENOENT' });

    expect(await listAudit(db, {}, 1000)).toEqual(afterUpload);
    expect(afterUpload.length).toBe(before.length + 1); // only the upload's own row
    expect(await views('H3')).toEqual([]);
  });
});
