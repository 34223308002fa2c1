// Daily consumption of one house with its peers' band: the water and
// electricity charts of the one-household file (一户一档).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getHouse, houseDailySeries, peerDailyBand, type Database } from '@sentinel/db';
import { METER_KINDS, type MeterKind } from '@sentinel/domain';
import { inJurisdiction, notFound, outOfJurisdiction, requirePermission } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Series = Type.Object({
  kind: Type.Union(METER_KINDS.map((k) => Type.Literal(k)), { description: 'water 水 / electricity 电 / gas 燃气' }),
  unit: Type.String({ description: 'm3 或 kWh（每日）' }),
  days: Type.Array(Type.String({ description: 'YYYY-MM-DD' })),
  amounts: Type.Array(Nullable(Type.Number()), { description: '每日用量；null 表示未知' }),
  peer: Nullable(Type.Object({
    level: Type.Union([Type.Literal('community'), Type.Literal('neighborhood'), Type.Literal('district')], { description: '同小区同户型 / 同居民区同户型 / 全街道同户型' }),
    peers: Type.Integer({ description: '参照户数' }),
    p25: Type.Array(Nullable(Type.Number())),
    median: Type.Array(Nullable(Type.Number())),
    p75: Type.Array(Nullable(Type.Number())),
  })),
});

const UNITS: Record<MeterKind, string> = { water: 'm3', electricity: 'kWh', gas: 'm3' };

export function consumptionRoutes(db: Database, now: () => number = Date.now): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/:houseId/consumption', {
      schema: {
        tags: ['houses'],
        summary: '单户每日用水、用电（燃气）及同类住户区间（P25–P75）',
        params: Type.Object({ houseId: Type.String({ minLength: 1 }) }),
        response: { 200: Type.Object({ houseId: Type.String(), series: Type.Array(Series) }), 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' } },
      },
    }, async (request) => {
      const ctx = serviceContext(request, db, now);
      requirePermission(ctx, 'household.view');
      const { houseId } = request.params;
      const house = await getHouse(db, houseId);
      if (!house) throw notFound(`房屋 ${houseId}`);
      if (!inJurisdiction(ctx.user.jurisdiction, house)) throw outOfJurisdiction(`房屋 ${houseId}`);
      const own = await houseDailySeries(db, houseId);
      const series = [];
      for (const kind of METER_KINDS) {
        const points = own.get(kind);
        if (!points || points.length === 0) continue;
        const band = await peerDailyBand(db, houseId, kind);
        // Align the band to the house's own days: one x axis for both.
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
    });
  };
}
