// --as-of YYYY-MM-DD → Shanghai day number, with a clear message when malformed.
import { isoToDay } from '@sentinel/domain';
import { UsageError } from '../args.ts';

export function parseAsOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  const day = isoToDay(value);
  if (Number.isNaN(day)) throw new UsageError(`参数错误 invalid --as-of: "${value}" 不是有效日期，应为 YYYY-MM-DD`);
  return day;
}
