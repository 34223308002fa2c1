// Issuing a bulletin (出具通报): the subdistrict office's 文号 is taken once,
// by an explicit POST, and the printed bulletin is kept with it, so every
// later download of that period and scope is the same document. Only a
// subdistrict-wide user (城运中心, 平安办, 管理员) issues; a committee reads.
import { findIssuedDocument, findUserById, storeIssuedContent, takeDocumentSequence, type IssuedDocumentRow, type SqlSession } from '@sentinel/db';
import { formatChinesePeriod, formatDocumentNumber, yearOfShanghaiDay, type DocumentContent } from '@sentinel/documents';
import { issuerUnitName, shanghaiDay, subdistrictShortName } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, type Jurisdiction, type ServiceContext } from '../context.ts';
import { permissionDenied } from '../errors.ts';

export const BULLETIN_KIND = 'bulletin';

/** What a kept bulletin is about: subdistrict, neighbourhood (or all) and period. */
export function bulletinSubject(scope: Jurisdiction & { subdistrict: string }, neighborhood: string | null, from: string, to: string): string {
  return `bulletin:${scope.subdistrict}:${neighborhood ?? scope.neighborhood ?? '*'}:${from}:${to}`;
}

/** The bulletin's issuing body: the subdistrict office (街道办事处). */
export const bulletinIssuer = (scope: Jurisdiction & { subdistrict: string }): string => issuerUnitName('subdistrict_office', scope.subdistrict);

export async function findIssuedBulletin(s: SqlSession, subject: string): Promise<(IssuedDocumentRow & { issuedByName: string }) | null> {
  const row = await findIssuedDocument(s, BULLETIN_KIND, subject);
  if (!row) return null;
  return { ...row, issuedByName: (await findUserById(s, row.issuedBy))?.displayName ?? row.issuedBy };
}

/**
 * Takes the bulletin's 文号 and keeps `render(number)` with it; an already
 * issued bulletin of the same period and scope is returned unchanged.
 */
export async function issueBulletinDocument(ctx: ServiceContext, input: { subject: string; fromDay: number; toDay: number; render: (number: string) => DocumentContent }): Promise<{ number: string; created: boolean }> {
  requirePermission(ctx, 'bulletin.view');
  const j = { ...ctx.user.jurisdiction, subdistrict: ownSubdistrict(ctx) };
  if (j.neighborhood !== null || j.communities !== null) throw permissionDenied('出具通报（通报由街道出具，居民区只能查看）');
  return ctx.db.transaction(async (tx) => {
    const existing = await findIssuedDocument(tx, BULLETIN_KIND, input.subject);
    if (existing) return { number: existing.number, created: false };
    const prefix = `${subdistrictShortName(j.subdistrict)}群通`;
    const year = yearOfShanghaiDay(shanghaiDay(ctx.now()));
    const issued = await takeDocumentSequence(tx, {
      prefix, year, kind: BULLETIN_KIND, caseId: null, subject: input.subject, issuedAt: new Date(ctx.now()), issuedBy: ctx.user.id,
      format: (sequence) => formatDocumentNumber({ prefix, year, sequence }),
    });
    const content = input.render(issued.number) as unknown as Record<string, unknown>;
    // A bulletin names no residents: the masked twin is the same document.
    await storeIssuedContent(tx, issued.id, { content, maskedContent: content, revealedKinds: [] });
    await recordAudit(tx, ctx, {
      action: 'bulletin.issue', targetKind: 'bulletin', targetId: input.subject,
      detail: { documentNumber: issued.number, period: formatChinesePeriod(input.fromDay, input.toDay) },
    });
    return { number: issued.number, created: true };
  });
}
