// The append-only audit log.
import { and, desc, eq, gte, like, lt, or, sql } from 'drizzle-orm';
import { auditLog } from '../schema/audit-log.ts';
import type { SqlSession } from '../session.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function appendAudit(s: SqlSession, row: NewAuditRow): Promise<void> {
  await s.db.insert(auditLog).values(row);
}

export interface AuditFilter {
  targetKind?: string;
  targetId?: string;
  actorId?: string;
  /** An action (`user.create`), or all of a family when it ends with a dot (`personal_data.`). */
  action?: string;
  /** Rows about this house: the house itself, or another target whose detail names it (a document, …). */
  houseId?: string;
  /** [from, to) */
  from?: Date;
  to?: Date;
}

export async function listAudit(s: SqlSession, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  const where = and(
    filter.targetKind ? eq(auditLog.targetKind, filter.targetKind) : undefined,
    filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action ? (filter.action.endsWith('.') ? like(auditLog.action, `${filter.action.replace(/[%_\\]/g, '\\$&')}%`) : eq(auditLog.action, filter.action)) : undefined,
    filter.houseId
      ? or(and(eq(auditLog.targetKind, 'house'), eq(auditLog.targetId, filter.houseId)), sql`${auditLog.detail}->>'houseId' = ${filter.houseId}`)
      : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  );
  return s.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(limit);
}
