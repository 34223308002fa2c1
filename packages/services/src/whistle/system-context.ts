// The actor of runs nobody clicked: the first start, `sentinel detect --db`, a
// schedule. The audit log needs a role; the system acts with the
// administrator's (it is the platform's own job), under the id 'system' so
// the log and detection_runs.triggered_by say who it was.
import type { Database } from '@sentinel/db';
import type { ServiceContext } from '../context.ts';

export const SYSTEM_ACTOR = 'system';

export function systemContext(db: Database, now: () => number = Date.now): ServiceContext {
  return {
    db, now,
    user: {
      id: SYSTEM_ACTOR, username: SYSTEM_ACTOR, displayName: '系统（自动检测）', role: 'admin', unitName: '系统',
      // Runs cover the whole database; this scope is never used to filter them.
      jurisdiction: { subdistrict: '*', neighborhood: null, communities: null },
    },
  };
}
