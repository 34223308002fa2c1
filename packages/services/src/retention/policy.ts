// The retention policy (PIPL art. 19: personal information is kept for the
// shortest time needed for its purpose; art. 47: deleted when the purpose is
// achieved or the term has expired): one term per kind of data, in days, with
// defaults whose reasons are written in docs/roles.md ("Retention"). Each term
// can be set in the configuration (SENTINEL_RETENTION_<KIND>_DAYS).
export const RETENTION_KINDS = ['access_events', 'closed_case_parties', 'attachments', 'audit_log'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export interface RetentionRule {
  readonly kind: RetentionKind;
  /** Shown to users (zh-CN). */
  readonly label: string;
  /** What happens to data past its term. */
  readonly action: 'delete' | 'anonymise';
  readonly days: number;
  /** The shortest term allowed (a law requires keeping the data at least this long, or the purpose needs it). */
  readonly minDays: number;
}

export type RetentionPolicy = Readonly<Record<RetentionKind, RetentionRule>>;

export const DEFAULT_RETENTION: RetentionPolicy = {
  // Detection compares a dwelling's door traffic over a year (seasonal baseline) plus a quarter of history.
  access_events: { kind: 'access_events', label: '门禁通行记录', action: 'delete', days: 455, minDays: 30 },
  // Residents' details after the case ended: two years covers the relapse watch and administrative review / litigation terms.
  closed_case_parties: { kind: 'closed_case_parties', label: '已结案住户个人信息', action: 'anonymise', days: 730, minDays: 180 },
  // Photos and videos of an ended case: evidence for the same two years.
  attachments: { kind: 'attachments', label: '现场照片和视频', action: 'delete', days: 730, minDays: 180 },
  // Three years (PIPL art. 56 records; Cybersecurity Law art. 21 requires at least six months, enforced in SQL).
  audit_log: { kind: 'audit_log', label: '审计日志', action: 'delete', days: 1095, minDays: 180 },
};

const envName = (kind: RetentionKind): string => `SENTINEL_RETENTION_${kind.toUpperCase()}_DAYS`;

/** The policy with the configured terms (terms not given keep their default); throws on a bad or too short term. */
export function retentionPolicy(terms: Partial<Record<RetentionKind, number>> = {}): RetentionPolicy {
  const out = { ...DEFAULT_RETENTION };
  for (const kind of RETENTION_KINDS) {
    const days = terms[kind];
    if (days === undefined) continue;
    const rule = DEFAULT_RETENTION[kind];
    if (!Number.isInteger(days) || days < rule.minDays) {
      throw new RangeError(`${envName(kind)}（${rule.label}保留天数）应为不小于 ${rule.minDays} 的整数（"${days}"）`);
    }
    out[kind] = { ...rule, days };
  }
  return out;
}
