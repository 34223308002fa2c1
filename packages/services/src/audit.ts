// One helper to append an audit row inside the operation's own transaction.
import { appendAudit, type SqlSession } from '@sentinel/db';
import type { ServiceContext } from './context.ts';

export interface AuditEntry {
  readonly action: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly purpose?: string;
  readonly detail?: Record<string, unknown>;
}

export async function recordAudit(tx: SqlSession, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await appendAudit(tx, {
    at: new Date(ctx.now()),
    actorId: ctx.user.id,
    actorRole: ctx.user.role,
    action: entry.action,
    targetKind: entry.targetKind,
    targetId: entry.targetId,
    purpose: entry.purpose ?? null,
    detail: entry.detail ?? {},
  });
}
