// Who issues each of the five documents in a subdistrict (发文机关): the
// 街道办事处 or the 综合执法队, set by the administrator; never a 居委会, which
// serves the notices. No stored row = DEFAULT_DOCUMENT_ISSUERS.
import { listDocumentIssuerRows, upsertDocumentIssuer, type SqlSession } from '@sentinel/db';
import {
  DEFAULT_DOCUMENT_ISSUERS, DOCUMENT_ISSUER_LABELS, DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, isDocumentIssuer, issuerUnitName,
  type DocumentIssuer, type DocumentKind,
} from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, type ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { documentKindOf } from './templates.ts';

export interface DocumentIssuerSetting {
  readonly kind: DocumentKind;
  readonly kindLabel: string;
  readonly issuer: DocumentIssuer;
  readonly issuingUnit: string;
  readonly isDefault: boolean;
}

/** The issuer of one kind in a subdistrict (stored choice or the default). */
export async function issuerOf(s: SqlSession, subdistrict: string, kind: DocumentKind): Promise<DocumentIssuer> {
  const rows = await listDocumentIssuerRows(s, subdistrict);
  const stored = rows.find((r) => r.kind === kind)?.issuer;
  return isDocumentIssuer(stored) ? stored : DEFAULT_DOCUMENT_ISSUERS[kind];
}

export async function listDocumentIssuers({ ctx }: { ctx: ServiceContext }): Promise<DocumentIssuerSetting[]> {
  requirePermission(ctx, 'template.manage');
  const subdistrict = ownSubdistrict(ctx);
  const rows = await listDocumentIssuerRows(ctx.db, subdistrict);
  return DOCUMENT_KINDS.map((kind) => {
    const stored = rows.find((r) => r.kind === kind)?.issuer;
    const issuer = isDocumentIssuer(stored) ? stored : DEFAULT_DOCUMENT_ISSUERS[kind];
    return { kind, kindLabel: DOCUMENT_KIND_LABELS[kind], issuer, issuingUnit: issuerUnitName(issuer, subdistrict), isDefault: !isDocumentIssuer(stored) };
  });
}

export async function saveDocumentIssuer({ ctx, input }: { ctx: ServiceContext; input: { kind: string; issuer: string } }): Promise<DocumentIssuerSetting[]> {
  requirePermission(ctx, 'template.manage');
  const kind = documentKindOf(input.kind);
  if (!isDocumentIssuer(input.issuer)) {
    throw invalidInput(`issuer：发文机关只能是${Object.values(DOCUMENT_ISSUER_LABELS).join('或')}（居委会负责送达，不能作为发文机关）。`);
  }
  const subdistrict = ownSubdistrict(ctx);
  await ctx.db.transaction(async (tx) => {
    await upsertDocumentIssuer(tx, { subdistrict, kind, issuer: input.issuer, updatedBy: ctx.user.id, updatedAt: new Date(ctx.now()) });
    await recordAudit(tx, ctx, { action: 'document_issuer.update', targetKind: 'document_template', targetId: kind, detail: { subdistrict, issuer: input.issuer } });
  });
  return listDocumentIssuers({ ctx });
}
