// The retention job: for each kind of data, what is past its term is deleted
// or anonymised (or, with dryRun, only counted), all in one transaction with
// one audit row saying what was done; the attachment files nobody refers to
// any more are removed after the commit (a crash in between leaves a file
// without a row, never a row without its file).
import { rm } from 'node:fs/promises';
import {
  anonymisePartiesOfEndedCases, countAccessEventsBefore, countAttachmentsPast, countAuditRowsBefore, countPartiesToAnonymise,
  deleteAccessEventsBefore, deleteAttachmentsPast, purgeAuditRowsBefore, type Database, type SqlSession,
} from '@sentinel/db';
import { recordAudit } from '../audit.ts';
import { contentPath, type AttachmentStorage } from '../attachments/store-attachment.ts';
import { systemContext } from '../whistle/system-context.ts';
import { RETENTION_KINDS, type RetentionKind, type RetentionPolicy, type RetentionRule } from './policy.ts';

const DAY_MS = 86_400_000;

export interface RetentionOptions {
  readonly policy: RetentionPolicy;
  /** Where attachment files live (the server's attachments folder). */
  readonly storage: AttachmentStorage;
  /** Count only: nothing changes but the audit row recording the dry run. */
  readonly dryRun?: boolean;
  readonly now?: () => number;
}

export interface RetentionLine {
  readonly rule: RetentionRule;
  /** Everything before this instant is past its term. */
  readonly cutoff: Date;
  /** Rows deleted or anonymised (or that would be, in a dry run). */
  readonly count: number;
}

export interface RetentionReport {
  readonly dryRun: boolean;
  readonly at: Date;
  readonly lines: readonly RetentionLine[];
  /** Attachment files removed from disk (none in a dry run). */
  readonly filesRemoved: number;
}

type Step = (s: SqlSession, cutoff: Date, orphans: string[]) => Promise<number>;

const COUNT: Record<RetentionKind, (s: SqlSession, cutoff: Date) => Promise<number>> = {
  access_events: countAccessEventsBefore,
  closed_case_parties: countPartiesToAnonymise,
  attachments: countAttachmentsPast,
  audit_log: countAuditRowsBefore,
};

const APPLY: Record<RetentionKind, Step> = {
  access_events: (s, cutoff) => deleteAccessEventsBefore(s, cutoff),
  closed_case_parties: (s, cutoff) => anonymisePartiesOfEndedCases(s, cutoff),
  attachments: async (s, cutoff, orphans) => {
    const r = await deleteAttachmentsPast(s, cutoff);
    orphans.push(...r.orphanSha256);
    return r.deleted;
  },
  audit_log: (s, cutoff) => purgeAuditRowsBefore(s, cutoff),
};

export async function runRetention(db: Database, opts: RetentionOptions): Promise<RetentionReport> {
  const now = opts.now ?? Date.now;
  const at = new Date(now());
  const dryRun = opts.dryRun ?? false;
  const orphans: string[] = [];
  const lines = await db.transaction(async (tx) => {
    const out: RetentionLine[] = [];
    for (const kind of RETENTION_KINDS) {
      const rule = opts.policy[kind];
      const cutoff = new Date(at.getTime() - rule.days * DAY_MS);
      const count = dryRun ? await COUNT[kind](tx, cutoff) : await APPLY[kind](tx, cutoff, orphans);
      out.push({ rule, cutoff, count });
    }
    await recordAudit(tx, systemContext(db, now), {
      action: dryRun ? 'retention.dry_run' : 'retention.run',
      targetKind: 'retention',
      targetId: at.toISOString(),
      purpose: '按保留期限删除或匿名化个人信息（个人信息保护法第十九条、第四十七条）',
      detail: Object.fromEntries(out.map((l) => [l.rule.kind, { action: l.rule.action, days: l.rule.days, cutoff: l.cutoff.toISOString(), count: l.count }])),
    });
    return out;
  });
  let filesRemoved = 0;
  for (const sha of orphans) {
    await rm(contentPath(opts.storage, sha), { force: true });
    filesRemoved++;
  }
  return { dryRun, at, lines, filesRemoved };
}
