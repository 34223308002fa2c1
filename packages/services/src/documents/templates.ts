// The admin's templates of the five documents: list, read (stored copy or the
// shipped default, with the fields its placeholders may name), replace
// (checked with validateTemplate first) and restore the shipped default.
import { deleteDocumentTemplate, getDocumentTemplateRow, upsertDocumentTemplate, type SqlSession } from '@sentinel/db';
import {
  DEFAULT_TEMPLATES, DOCUMENT_FIELDS, DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, isDocumentKind, validateTemplate,
  type DocumentKind, type DocumentTemplate, type TemplateIssue,
} from '@sentinel/documents';
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
  /** The {{placeholders}} this kind may use, with their Chinese labels (list fields: their `row.x` sub-fields). */
  readonly fields: TemplateField[];
}

export interface TemplateField {
  readonly name: string;
  readonly label: string;
  readonly rowFields: { readonly name: string; readonly label: string }[];
}

function fieldsOf(kind: DocumentKind): TemplateField[] {
  return Object.entries(DOCUMENT_FIELDS[kind]).map(([name, spec]) => ({
    name, label: spec.label, rowFields: Object.entries(spec.rowFields ?? {}).map(([sub, label]) => ({ name: sub, label })),
  }));
}

function viewOf(kind: DocumentKind, template: DocumentTemplate, row: { updatedBy: string; updatedAt: Date } | null): TemplateView {
  return {
    kind, kindLabel: DOCUMENT_KIND_LABELS[kind], isDefault: row === null, template,
    updatedBy: row?.updatedBy ?? null, updatedAt: row?.updatedAt.toISOString() ?? null, fields: fieldsOf(kind),
  };
}

export function documentKindOf(kind: string): DocumentKind {
  if (!isDocumentKind(kind)) throw invalidInput(`未知文书类型「${kind}」，可用：${Object.keys(DOCUMENT_KIND_LABELS).join('、')}。`);
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
    `「${DOCUMENT_KIND_LABELS[kind]}」模板有 ${issues.length} 处错误：${issues.map((i) => `${i.path}：${i.message}`).join('；')}。`,
    { issues: issues.map((i) => ({ path: i.path, message: i.message })) });
}

export async function getDocumentTemplate({ ctx, input }: { ctx: ServiceContext; input: { kind: string } }): Promise<TemplateView> {
  requirePermission(ctx, 'template.manage');
  const kind = documentKindOf(input.kind);
  const { template, row } = await effectiveTemplate(ctx.db, kind);
  return viewOf(kind, template, row);
}

/** The five templates in attachment order (附件 1-5), each as getDocumentTemplate gives it. */
export async function listDocumentTemplates({ ctx }: { ctx: ServiceContext }): Promise<TemplateView[]> {
  requirePermission(ctx, 'template.manage');
  const views: TemplateView[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const { template, row } = await effectiveTemplate(ctx.db, kind);
    views.push(viewOf(kind, template, row));
  }
  return views;
}

/** Drops the admin's copy: every later document uses the shipped default again (audited). */
export async function resetDocumentTemplate({ ctx, input }: { ctx: ServiceContext; input: { kind: string } }): Promise<TemplateView> {
  requirePermission(ctx, 'template.manage');
  const kind = documentKindOf(input.kind);
  await ctx.db.transaction(async (tx) => {
    const removed = await deleteDocumentTemplate(tx, kind);
    await recordAudit(tx, ctx, { action: 'document_template.reset', targetKind: 'document_template', targetId: kind, detail: { removed } });
  });
  return viewOf(kind, DEFAULT_TEMPLATES[kind], null);
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
  return viewOf(kind, checked.template, { updatedBy: ctx.user.id, updatedAt });
}
