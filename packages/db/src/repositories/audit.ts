// The append-only audit log.
import { and, desc, eq } from 'drizzle-orm';
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
}

export async function listAudit(s: SqlSession, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  const where = and(
    filter.targetKind ? eq(auditLog.targetKind, filter.targetKind) : undefined,
    filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
  );
  return s.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(limit);
}
