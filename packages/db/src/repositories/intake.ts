// Intake reports and the unmatched-address queue.
import { and, asc, eq, sql } from 'drizzle-orm';
import { intakeReports } from '../schema/intake-reports.ts';
import type { SqlSession } from '../session.ts';

export type IntakeReportRow = typeof intakeReports.$inferSelect;
export type NewIntakeReportRow = typeof intakeReports.$inferInsert;

export async function insertIntakeReport(s: SqlSession, row: NewIntakeReportRow): Promise<void> {
  await s.db.insert(intakeReports).values(row);
}

export async function findIntakeByTicket(s: SqlSession, channel: IntakeReportRow['channel'], ticketId: string): Promise<IntakeReportRow | null> {
  const rows = await s.db.select().from(intakeReports).where(and(eq(intakeReports.channel, channel), eq(intakeReports.ticketId, ticketId)));
  return rows[0] ?? null;
}

export async function lockIntakeReport(s: SqlSession, id: string): Promise<IntakeReportRow | null> {
  const rows = await s.db.select().from(intakeReports).where(eq(intakeReports.id, id)).for('update');
  return rows[0] ?? null;
}

export async function markIntakeAttached(s: SqlSession, id: string, patch: { houseId: string; caseId: string; matchKind: string; matchConfidence: number | null }): Promise<void> {
  await s.db.update(intakeReports).set({ ...patch, status: 'attached' }).where(eq(intakeReports.id, id));
}

export async function listUnmatchedReports(s: SqlSession, subdistrict: string, page: { limit: number; offset: number }): Promise<{ rows: IntakeReportRow[]; total: number }> {
  const where = and(eq(intakeReports.status, 'unmatched'), eq(intakeReports.subdistrict, subdistrict));
  const rows = await s.db.select().from(intakeReports).where(where).orderBy(asc(intakeReports.receivedAt), asc(intakeReports.id)).limit(page.limit).offset(page.offset);
  const [{ total }] = await s.db.select({ total: sql<number>`count(*)::int` }).from(intakeReports).where(where);
  return { rows, total };
}

export async function listReportsOfCases(s: SqlSession, caseIds: readonly string[]): Promise<IntakeReportRow[]> {
  if (caseIds.length === 0) return [];
  return s.db.select().from(intakeReports).where(sql`${intakeReports.caseId} = ANY(${sql.param([...caseIds])}::text[])`).orderBy(asc(intakeReports.receivedAt));
}

export interface PendingComplaint {
  ticketId: string;
  receivedAt: Date;
  channel: IntakeReportRow['channel'];
  address: string;
  houseId: string | null;
  category: string | null;
  content: string | null;
}

/** Imported complaints of a category (群租) not yet taken in as intake reports, oldest first. */
export async function pendingImportedComplaints(s: SqlSession, category: string, limit: number): Promise<PendingComplaint[]> {
  const res = await s.query<{ ticket_id: string; received_at: Date | string; channel: IntakeReportRow['channel']; address: string; house_id: string | null; category: string | null; content: string | null }>(
    `SELECT c.ticket_id, c.received_at, c.channel::text::case_source AS channel, c.address, c.house_id, c.category, c.content
       FROM complaints c
      WHERE c.category = $1
        AND NOT EXISTS (SELECT 1 FROM intake_reports r WHERE r.channel = c.channel::text::case_source AND r.ticket_id = c.ticket_id)
      ORDER BY c.received_at, c.ticket_id LIMIT $2`, [category, limit]);
  return res.rows.map((r) => ({ ticketId: r.ticket_id, receivedAt: new Date(r.received_at), channel: r.channel, address: r.address, houseId: r.house_id, category: r.category, content: r.content }));
}
