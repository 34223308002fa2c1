import { listUserRows } from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { toUserView, type UserView } from './current-user.ts';

export async function listUsers({ ctx }: { ctx: ServiceContext; input?: undefined }): Promise<UserView[]> {
  requirePermission(ctx, 'user.manage');
  return (await listUserRows(ctx.db)).map(toUserView);
}
