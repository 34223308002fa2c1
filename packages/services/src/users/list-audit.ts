// The audit log for supervision: who looked at whose personal data, when and
// why — filtered by who, what, which house and when, shown with Chinese
// action names and the actor's name, and exported as XLSX (the export is
// itself audited: a file of the log is a copy of personal-data records).
import { listAudit, listUserRows, type AuditFilter } from '@sentinel/db';
import { auditActionLabel, dayStartUtcMs, isoToDay, type Role } from '@sentinel/domain';
import { AUDIT_LOG_COLUMNS, toXlsx, type XlsxRow } from '@sentinel/documents';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { FORMAT_MIME, type GeneratedFile } from '../documents/case-document.ts';

export interface AuditEntryView {
  readonly id: number;
  readonly at: string;
  /** Null for an attempt made while nobody was signed in (a failed or throttled sign-in). */
  readonly actorId: string | null;
  readonly actorRole: Role | null;
  readonly actorName: string | null;
  readonly action: string;
  readonly actionLabel: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly purpose: string | null;
  readonly detail: Record<string, unknown>;
}

export interface AuditQueryInput {
  readonly targetKind?: string;
  readonly targetId?: string;
  readonly actorId?: string;
  readonly action?: string;
  readonly houseId?: string;
  /** YYYY-MM-DD, Asia/Shanghai, both included. */
  readonly from?: string;
  readonly to?: string;
}

/** More rows than this in one file is refused: narrow the filter. */
export const MAX_AUDIT_EXPORT_ROWS = 50_000;

function toFilter(input: AuditQueryInput): AuditFilter {
  const from = input.from ? new Date(dayStartUtcMs(isoToDay(input.from))) : undefined;
  const to = input.to ? new Date(dayStartUtcMs(isoToDay(input.to) + 1)) : undefined;
  if (from && to && from >= to) throw invalidInput(`起始日 ${input.from} 晚于截止日 ${input.to}。`);
  return { targetKind: input.targetKind, targetId: input.targetId, actorId: input.actorId, action: input.action?.trim() || undefined, houseId: input.houseId?.trim() || undefined, from, to };
}

async function entries(ctx: ServiceContext, input: AuditQueryInput, limit: number): Promise<AuditEntryView[]> {
  const rows = await listAudit(ctx.db, toFilter(input), limit);
  const names = new Map((await listUserRows(ctx.db)).map((u) => [u.id, u.displayName]));
  return rows.map((r) => ({
    ...r, at: r.at.toISOString(), actionLabel: auditActionLabel(r.action),
    actorName: r.actorId === null ? '（未登录）' : names.get(r.actorId) ?? (r.actorId === 'system' ? '系统' : null),
  }));
}

export async function listAuditEntries({ ctx, input }: { ctx: ServiceContext; input: AuditQueryInput & { limit: number } }): Promise<AuditEntryView[]> {
  requirePermission(ctx, 'audit.view');
  return entries(ctx, input, input.limit);
}

export async function exportAuditEntries({ ctx, input }: { ctx: ServiceContext; input: AuditQueryInput }): Promise<GeneratedFile> {
  requirePermission(ctx, 'audit.view');
  const items = await entries(ctx, input, MAX_AUDIT_EXPORT_ROWS + 1);
  if (items.length > MAX_AUDIT_EXPORT_ROWS) throw invalidInput(`超过导出上限 ${MAX_AUDIT_EXPORT_ROWS} 行，请缩小筛选范围。`);
  const rows: XlsxRow[] = items.map((e) => ({
    at: new Date(e.at), actor: e.actorName ?? e.actorId ?? '（未登录）', actor_role: e.actorRole, action: e.actionLabel, action_code: e.action,
    target: `${e.targetKind} ${e.targetId}`, purpose: e.purpose, detail: JSON.stringify(e.detail),
  }));
  const bytes = await toXlsx({ sheetName: '审计日志', columns: AUDIT_LOG_COLUMNS, rows });
  await recordAudit(ctx.db, ctx, { action: 'audit.export', targetKind: 'audit_log', targetId: 'export', detail: { filter: { ...input }, rows: rows.length } });
  return { bytes, filename: '审计日志.xlsx', asciiFilename: 'audit-log.xlsx', mime: FORMAT_MIME.xlsx };
}
