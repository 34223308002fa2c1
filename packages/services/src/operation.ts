// The shape of a writing operation: permission check, then one transaction
// whose work and audit row commit together. `run` must hand back the audit
// entry with its result, so an operation cannot forget its audit row, and
// nothing is written (nor audited) when the permission check or `run` throws.
import type { SqlSession } from '@sentinel/db';
import { recordAudit, type AuditEntry } from './audit.ts';
import { requirePermission, type Permission } from './auth/permissions.ts';
import type { ServiceContext } from './context.ts';

export interface OperationSpec<I, R> {
  readonly permission: Permission;
  /** The work, inside the transaction: validation may throw here (it rolls back nothing yet written). */
  readonly run: (tx: SqlSession, ctx: ServiceContext, input: I) => Promise<{ readonly result: R; readonly audit: AuditEntry }>;
}

/** An operation `({ ctx, input }) => result` running permission → transaction → audit. */
export function operation<I, R>(spec: OperationSpec<I, R>): (args: { ctx: ServiceContext; input: I }) => Promise<R> {
  return async ({ ctx, input }) => {
    requirePermission(ctx, spec.permission);
    return ctx.db.transaction(async (tx) => {
      const { result, audit } = await spec.run(tx, ctx, input);
      await recordAudit(tx, ctx, audit);
      return result;
    });
  };
}
