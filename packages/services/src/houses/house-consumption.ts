// Daily consumption of one house with its peers' band: the water and
// electricity charts of the one-household file (一户一档). The band is
// aligned to the house's own days, so both share one x axis.
import type { ConsumptionSeries, HouseConsumption } from '@sentinel/contract';
import { houseDailySeries, peerDailyBand } from '@sentinel/db';
import { METER_KINDS, type MeterKind } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import { houseInScope } from '../cases/house-access.ts';
import type { ServiceContext } from '../context.ts';

const UNITS: Record<MeterKind, string> = { water: 'm3', electricity: 'kWh', gas: 'm3' };

export async function houseConsumption({ ctx, input }: { ctx: ServiceContext; input: { houseId: string } }): Promise<HouseConsumption> {
  requirePermission(ctx, 'household.detail');
  const { houseId } = input;
  await houseInScope(ctx.db, ctx, houseId);
  const own = await houseDailySeries(ctx.db, houseId);
  const series: ConsumptionSeries[] = [];
  for (const kind of METER_KINDS) {
    const points = own.get(kind);
    if (!points || points.length === 0) continue;
    const band = await peerDailyBand(ctx.db, houseId, kind);
    const byDay = new Map((band?.points ?? []).map((p) => [p.day, p]));
    const days = points.map((p) => p.day);
    series.push({
      kind,
      unit: UNITS[kind],
      days,
      amounts: points.map((p) => p.amount),
      peer: band && band.points.length > 0 ? {
        level: band.level,
        peers: band.peers,
        p25: days.map((d) => byDay.get(d)?.p25 ?? null),
        median: days.map((d) => byDay.get(d)?.median ?? null),
        p75: days.map((d) => byDay.get(d)?.p75 ?? null),
      } : null,
    });
  }
  return { houseId, series };
}
