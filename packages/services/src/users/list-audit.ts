// The audit log for supervision: who looked at whose personal data, when and why.
import { listAudit } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';

export interface AuditEntryView {
  readonly id: number;
  readonly at: string;
  /** Null for an attempt made while nobody was signed in (a failed or throttled sign-in). */
  readonly actorId: string | null;
  readonly actorRole: Role | null;
  readonly action: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly purpose: string | null;
  readonly detail: Record<string, unknown>;
}

export async function listAuditEntries({ ctx, input }: { ctx: ServiceContext; input: { targetKind?: string; targetId?: string; actorId?: string; limit: number } }): Promise<AuditEntryView[]> {
  requirePermission(ctx, 'audit.view');
  const rows = await listAudit(ctx.db, input, input.limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
