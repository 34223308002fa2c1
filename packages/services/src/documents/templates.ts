// The admin's templates of the five documents: read (stored copy or the
// shipped default) and replace (checked with validateTemplate first).
import { getDocumentTemplateRow, upsertDocumentTemplate, type SqlSession } from '@sentinel/db';
import { DEFAULT_TEMPLATES, DOCUMENT_KIND_LABELS, isDocumentKind, validateTemplate, type DocumentKind, type DocumentTemplate, type TemplateIssue } from '@sentinel/documents';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, ServiceError } from '../errors.ts';

export interface TemplateView {
  readonly kind: DocumentKind;
  readonly kindLabel: string;
  /** true = the shipped default (nobody edited it yet). */
  readonly isDefault: boolean;
  readonly template: DocumentTemplate;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

export function documentKindOf(kind: string): DocumentKind {
  if (!isDocumentKind(kind)) throw invalidInput(`未知文书类型「${kind}」，可用：${Object.keys(DOCUMENT_KIND_LABELS).join('、')}。 (unknown document kind)`);
  return kind;
}

/** The template generation uses: the admin's stored copy, else the shipped default. */
export async function effectiveTemplate(s: SqlSession, kind: DocumentKind): Promise<{ template: DocumentTemplate; row: Awaited<ReturnType<typeof getDocumentTemplateRow>> }> {
  const row = await getDocumentTemplateRow(s, kind);
  if (!row) return { template: DEFAULT_TEMPLATES[kind], row: null };
  // Stored copies were validated on the way in; re-check so a hand-edited row cannot break generation silently.
  const checked = validateTemplate(row.template);
  if (!checked.ok) throw invalidTemplate(kind, checked.issues);
  return { template: checked.template, row };
}

function invalidTemplate(kind: DocumentKind, issues: readonly TemplateIssue[]): ServiceError {
  return new ServiceError('document.invalid_template',
    `「${DOCUMENT_KIND_LABELS[kind]}」模板有 ${issues.length} 处错误：${issues.map((i) => `${i.path}：${i.message}`).join('；')}。 (invalid template)`,
    { issues: issues.map((i) => ({ path: i.path, message: i.message })) });
}

export async function getDocumentTemplate({ ctx, input }: { ctx: ServiceContext; input: { kind: string } }): Promise<TemplateView> {
  requirePermission(ctx, 'template.manage');
  const kind = documentKindOf(input.kind);
  const { template, row } = await effectiveTemplate(ctx.db, kind);
  return { kind, kindLabel: DOCUMENT_KIND_LABELS[kind], isDefault: row === null, template, updatedBy: row?.updatedBy ?? null, updatedAt: row?.updatedAt.toISOString() ?? null };
}

export async function saveDocumentTemplate({ ctx, input }: { ctx: ServiceContext; input: { kind: string; template: unknown } }): Promise<TemplateView> {
  requirePermission(ctx, 'template.manage');
  const kind = documentKindOf(input.kind);
  const checked = validateTemplate(input.template);
  if (!checked.ok) throw invalidTemplate(kind, checked.issues);
  if (checked.template.kind !== kind) {
    throw invalidTemplate(kind, [{ path: '$.kind', message: `模板的 kind 为「${checked.template.kind}」，与地址中的「${kind}」不一致` }]);
  }
  const updatedAt = new Date(ctx.now());
  await ctx.db.transaction(async (tx) => {
    await upsertDocumentTemplate(tx, { kind, template: checked.template as unknown as Record<string, unknown>, updatedBy: ctx.user.id, updatedAt });
    await recordAudit(tx, ctx, { action: 'document_template.update', targetKind: 'document_template', targetId: kind, detail: { version: checked.template.version } });
  });
  return { kind, kindLabel: DOCUMENT_KIND_LABELS[kind], isDefault: false, template: checked.template, updatedBy: ctx.user.id, updatedAt: updatedAt.toISOString() };
}
