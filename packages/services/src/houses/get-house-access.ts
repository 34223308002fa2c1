// Door access of one house (门禁) for the house file: what a staffer checks
// before a visit when the whistle says "门禁近30天出现11个不同凭证（同小区同户型
// 中位数2个）" or "近30天夜间（23-5时）进出28次". The figures are counted as the
// detector counts them (same night, same window, same door sharing), so the
// page shows the numbers the reasons quote. Credentials are pseudonymous ids
// and still never leave this service raw: only their last characters.
import {
  compoundLatestAccessMs, houseAccessDays, houseCredentialUse, peerCredentialMedian, unregisteredShare, unregisteredShareByDay,
  type AccessWindow, type SqlSession,
} from '@sentinel/db';
import { dayStartUtcMs, dayToIso, isoToDay, shanghaiDay } from '@sentinel/domain';
import { NIGHT_FROM_MINUTE, NIGHT_TO_MINUTE } from '@sentinel/detection';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { houseInScope } from '../cases/house-access.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';

export const HOUSE_ACCESS_DEFAULT_DAYS = 90;
export const HOUSE_ACCESS_MAX_DAYS = 365;
/** The detector's window for access reasons ("近30天"). */
const RECENT_DAYS = 30;
/** A group rental has a few dozen cards at most; the list stops here (the count does not). */
const MAX_LISTED_CREDENTIALS = 50;

export interface HouseAccessInput {
  houseId: string;
  /** Days shown, ending at the last day (default 90, 1..365). */
  days?: number;
  /**
   * Last day `YYYY-MM-DD` (e.g. the as-of day of the whistle's run, so the
   * 30-day figures are exactly those of its reasons). Default: the day of the
   * compound's latest door event, at most today (Asia/Shanghai).
   */
  until?: string;
}

export interface CredentialView {
  /** Shortened pseudonymous id, e.g. `…3F9A`. */
  readonly label: string;
  readonly events: number;
  readonly nightEvents: number;
  readonly firstDay: string;
  readonly lastDay: string;
}

export interface RecentAccess {
  readonly from: string;
  readonly to: string;
  /** Distinct credentials registered to the house: the figure of "门禁近30天出现N个不同凭证". */
  readonly credentials: number;
  readonly events: number;
  /** The figure of "近30天夜间（23-5时）进出N次". */
  readonly nightEvents: number;
  /** Distinct unregistered credentials at the house's doors, each door's count divided by the houses using it. */
  readonly unregisteredShare: number;
  /** Doors the house's registered credentials have used. */
  readonly doors: number;
  /** Same compound and layout: median distinct credentials over the houses with access data (this one included). */
  readonly peer: { readonly median: number; readonly houses: number } | null;
  /** The credentials counted in `credentials`, most used first (at most 50). */
  readonly credentialList: readonly CredentialView[];
}

export interface HouseAccessView {
  readonly houseId: string;
  /** false = the house's compound has no door-access data (本小区未接入门禁数据): no figures at all. */
  readonly covered: boolean;
  /** Night as minutes of the day, shared with the detector: [fromMinute, 24:00) ∪ [00:00, toMinute). */
  readonly night: { readonly fromMinute: number; readonly toMinute: number };
  /** One entry per day of the window, oldest first (empty when not covered). */
  readonly days: readonly string[];
  readonly events: readonly number[];
  readonly credentials: readonly number[];
  readonly nightEvents: readonly number[];
  readonly unregisteredShare: readonly number[];
  /** The last 30 days of the window, as the detector's reasons count them; null when not covered. */
  readonly recent: RecentAccess | null;
}

const NIGHT = { fromMinute: NIGHT_FROM_MINUTE, toMinute: NIGHT_TO_MINUTE };

/** `…` and the last four characters; ids of four characters or fewer get a number instead (they would show whole). */
export function shortCredential(id: string, index: number): string {
  return id.length > 4 ? `…${id.slice(-4)}` : `凭证${index + 1}`;
}

function parseDays(days: number | undefined): number {
  const n = days ?? HOUSE_ACCESS_DEFAULT_DAYS;
  if (!Number.isInteger(n) || n < 1 || n > HOUSE_ACCESS_MAX_DAYS) {
    throw invalidInput(`days 须为 1 至 ${HOUSE_ACCESS_MAX_DAYS} 的整数，收到 ${String(days)}。`);
  }
  return n;
}

function parseUntil(until: string | undefined): number | null {
  if (until === undefined) return null;
  const day = isoToDay(until);
  if (Number.isNaN(day)) throw invalidInput(`until 须为 YYYY-MM-DD 格式的日期，收到 "${until}"。`);
  return day;
}

const windowOf = (first: number, last: number): AccessWindow => ({ fromMs: dayStartUtcMs(first), untilMs: dayStartUtcMs(last + 1) });

export async function getHouseAccess({ ctx, input }: { ctx: ServiceContext; input: HouseAccessInput }): Promise<HouseAccessView> {
  requirePermission(ctx, 'household.detail');
  const days = parseDays(input.days);
  const until = parseUntil(input.until);
  const today = shanghaiDay(ctx.now());
  const cap = until === null ? today : Math.min(until, today);
  // One snapshot for every figure; the queries run one after the other (one connection).
  return ctx.db.transaction(async (tx) => {
    const house = await houseInScope(tx, ctx, input.houseId);
    const latest = await compoundLatestAccessMs(tx, house.neighborhood, house.community, dayStartUtcMs(cap + 1));
    if (latest === null) {
      return { houseId: house.houseId, covered: false, night: NIGHT, days: [], events: [], credentials: [], nightEvents: [], unregisteredShare: [], recent: null };
    }
    const last = until === null ? shanghaiDay(latest) : cap;
    const first = last - days + 1;
    const daily = await dailySeries(tx, house.houseId, first, last);
    const recent = await recentAccess(tx, house, last);
    // When the people of a flat come and go is personal data, even with the
    // credentials shortened: who looked is logged like the household file.
    await recordAudit(tx, ctx, {
      action: 'access_events.view', targetKind: 'house', targetId: house.houseId, purpose: '查看门禁记录（凭证已缩写）',
      detail: { from: dayToIso(first), to: dayToIso(last), credentials: recent.credentials },
    });
    return { houseId: house.houseId, covered: true, night: NIGHT, ...daily, recent };
  });
}

async function dailySeries(tx: SqlSession, houseId: string, first: number, last: number) {
  const w = windowOf(first, last);
  const rows = await houseAccessDays(tx, houseId, w, NIGHT);
  const unreg = await unregisteredShareByDay(tx, houseId, w);
  const n = last - first + 1;
  const out = {
    days: Array.from({ length: n }, (_, i) => dayToIso(first + i)),
    events: new Array<number>(n).fill(0),
    credentials: new Array<number>(n).fill(0),
    nightEvents: new Array<number>(n).fill(0),
    unregisteredShare: new Array<number>(n).fill(0),
  };
  for (const r of rows) {
    out.events[r.day - first] = r.events;
    out.credentials[r.day - first] = r.credentials;
    out.nightEvents[r.day - first] = r.nightEvents;
  }
  for (const u of unreg) out.unregisteredShare[u.day - first] = u.share;
  return out;
}

async function recentAccess(tx: SqlSession, house: { houseId: string; neighborhood: string; community: string; bedrooms: number }, last: number): Promise<RecentAccess> {
  const first = last - RECENT_DAYS + 1;
  const w = windowOf(first, last);
  const used = await houseCredentialUse(tx, house.houseId, w, NIGHT);
  const unreg = await unregisteredShare(tx, house.houseId, w);
  const peer = await peerCredentialMedian(tx, house, w);
  return {
    from: dayToIso(first),
    to: dayToIso(last),
    credentials: used.length,
    events: used.reduce((s, c) => s + c.events, 0),
    nightEvents: used.reduce((s, c) => s + c.nightEvents, 0),
    unregisteredShare: unreg.share,
    doors: unreg.doors,
    peer: peer.median === null ? null : { median: peer.median, houses: peer.houses },
    credentialList: used.slice(0, MAX_LISTED_CREDENTIALS).map((c, i) => ({
      label: shortCredential(c.credentialId, i), events: c.events, nightEvents: c.nightEvents,
      firstDay: dayToIso(shanghaiDay(c.firstMs)), lastDay: dayToIso(shanghaiDay(c.lastMs)),
    })),
  };
}
