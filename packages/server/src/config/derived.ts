// Values computed from the settings, in one place so every command derives
// them the same way.
import path from 'node:path';
import type { Config } from './load.ts';

/** Where the database is: a PostgreSQL URL wins over the embedded folder. */
export function databaseOptions(c: Config): { databaseUrl: string } | { dataDir: string } {
  return c.databaseUrl !== null ? { databaseUrl: c.databaseUrl } : { dataDir: path.resolve(c.dataDir) };
}

export function attachmentsDir(c: Config): string {
  return path.resolve(c.attachmentsDir ?? path.join(c.dataDir, 'attachments'));
}

export function secureCookies(c: Config): boolean {
  return c.secureCookies ?? c.nodeEnv === 'production';
}

/** "06:00" → minute of the day. */
export function minuteOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export interface WebhookSettings {
  readonly url: string;
  readonly secret: string;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly backoffMaxMs: number;
  readonly pollMs: number;
}

/** The 一网统管 target, or null when none is configured. */
export function webhookSettings(c: Config): WebhookSettings | null {
  if (c.webhookUrl === null || c.webhookSecret === null) return null;
  return {
    url: c.webhookUrl, secret: c.webhookSecret, timeoutMs: c.webhookTimeoutMs, maxAttempts: c.webhookMaxAttempts,
    backoffMs: c.webhookBackoffSeconds * 1000, backoffMaxMs: c.webhookBackoffMaxSeconds * 1000, pollMs: c.webhookPollSeconds * 1000,
  };
}

/** Retention terms that were set (the policy applies the defaults and the legal minimums). */
export function retentionTerms(c: Config): Partial<Record<'access_events' | 'closed_case_parties' | 'attachments' | 'audit_log', number>> {
  const out: Partial<Record<'access_events' | 'closed_case_parties' | 'attachments' | 'audit_log', number>> = {};
  if (c.retentionAccessEventsDays !== null) out.access_events = c.retentionAccessEventsDays;
  if (c.retentionClosedCasePartiesDays !== null) out.closed_case_parties = c.retentionClosedCasePartiesDays;
  if (c.retentionAttachmentsDays !== null) out.attachments = c.retentionAttachmentsDays;
  if (c.retentionAuditLogDays !== null) out.audit_log = c.retentionAuditLogDays;
  return out;
}
