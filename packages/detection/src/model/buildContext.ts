// Builds the model context: per-kind usage features with peers, access,
// complaints and inspections, all as of the end of `input.asOfDay`.
import type { DailyMatrix, DetectionInput } from '../types.ts';
import { HouseSeries, VACANT_LEVEL } from '../series/houseSeries.ts';
import { makeScratch, primaryUsage, secondaryUsage, type UsageFeatures } from '../features/usage.ts';
import { trailingVacantDays } from '../features/vacated.ts';
import { buildPeerGroups, peerStats, type PeerGroups } from '../features/peers.ts';
import { accessFeatures } from '../features/access.ts';
import { summariseComplaints } from '../features/complaints.ts';
import { inspectionHistories } from '../features/inspections.ts';
import { medianInPlace, robustCenterSpread } from '../stats/robust.ts';
import { defaultHouseholdSize } from './occupancy.ts';
import type { AccessZ, KindFeatures, ModelContext } from './context.ts';
import type { DetectParams } from './params.ts';

export function buildContext(input: DetectionInput, p: DetectParams): ModelContext {
  const H = input.houses.length;
  const T = input.asOfDay;
  const pg = buildPeerGroups(input.houses);

  const waterSeries = new HouseSeries(input.water, H, T);
  const elecSeries = new HouseSeries(input.electricity, H, T);
  const primary = primaryUsage(waterSeries, H, p.usage, elecSeries);
  const water = kindFeatures(primary.f, pg, p, waterSeries);
  const electricity = kindFeatures(secondaryUsage(elecSeries, H, primary.windows, p.usage), pg, p, elecSeries);
  let gas: KindFeatures | null = null;
  if (input.gas && hasData(input.gas)) {
    const gasSeries = new HouseSeries(input.gas, H, T);
    gas = kindFeatures(secondaryUsage(gasSeries, H, primary.windows, p.usage), pg, p, gasSeries);
  }

  const wc = robustCenterSpread(electricity.usage.weekContrast);
  const weekdayZ = new Float64Array(H);
  for (let h = 0; h < H; h++) weekdayZ[h] = (electricity.usage.weekContrast[h] - wc.center) / Math.max(0.03, wc.spread);

  const regs = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    const r = input.houses[h].registeredResidents;
    regs[h] = r !== null && r > 0 ? r : Number.NaN;
  }
  const regPeer = peerStats(pg, regs, 5, 0);
  const peerSize = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    const c = regPeer.center[h];
    peerSize[h] = Number.isFinite(c) && c > 0 ? c : defaultHouseholdSize(input.houses[h].bedrooms);
  }

  let access: AccessZ | null = null;
  if (input.access && input.access.count > 0) {
    const features = accessFeatures(input.access, H, T - 29, T);
    access = {
      features,
      credentials: peerStats(pg, features.distinctCredentials, p.minPeers, 1),
      night: peerStats(pg, features.nightEvents, p.minPeers, 1),
      unregistered: peerStats(pg, features.unregisteredShare, p.minPeers, 0.5),
    };
  }

  const sc = makeScratch(64);
  const vacantWater = new Int32Array(H);
  const vacantElectricity = new Int32Array(H);
  for (let h = 0; h < H; h++) {
    vacantWater[h] = trailingVacantDays(waterSeries, h, T, sc);
    vacantElectricity[h] = trailingVacantDays(elecSeries, h, T, sc);
  }

  return {
    input, params: p, waterSeries, water, vacantWater, vacantElectricity, earlyOnset: primary.earlyOnset, electricity, gas, weekdayZ, peerSize, access,
    waterNoiseTypical: typicalNoise(water.usage),
    bigFamilyLevel: bigFamilyLevels(input, water, p),
    complaints: summariseComplaints(input.complaints, T, p.complaintHalfLifeDays, p.fuzzyComplaintWeight),
    inspections: inspectionHistories(input.inspections, T),
  };
}

/**
 * Per house, the `bigFamilyQuantile` of the water level (log ratio to peers)
 * of registered big households of the same layout across the district. The
 * register understates some families (a grandparent who moved in, a child
 * back home); how high the registered big families go tells how high a
 * family can go, without trusting this house's own register.
 */
function bigFamilyLevels(input: DetectionInput, water: KindFeatures, p: DetectParams): Float64Array {
  const H = input.houses.length;
  const byLayout = new Map<number, number[]>();
  const layoutOf = (h: number) => Math.min(4, Math.max(0, Math.round(input.houses[h].bedrooms)));
  for (let h = 0; h < H; h++) {
    const reg = input.houses[h].registeredResidents;
    const lw = water.usage.level[h] - water.peer.center[h];
    if (reg === null || reg < p.bigFamilySize || !Number.isFinite(lw)) continue;
    const k = layoutOf(h);
    const list = byLayout.get(k) ?? [];
    list.push(lw);
    byLayout.set(k, list);
  }
  const q = new Map<number, number>();
  for (const [k, list] of byLayout) {
    if (list.length < p.minBigFamilies) continue;
    list.sort((a, b) => a - b);
    q.set(k, list[Math.min(list.length - 1, Math.floor(p.bigFamilyQuantile * (list.length - 1)))]);
  }
  const out = new Float64Array(H);
  for (let h = 0; h < H; h++) out[h] = q.get(layoutOf(h)) ?? Number.NaN;
  return out;
}

/** Median day-to-day noise of occupied houses with a long enough current window. */
function typicalNoise(u: UsageFeatures): number {
  const v: number[] = [];
  for (let h = 0; h < u.noise.length; h++) {
    if (u.recentValid[h] >= 10 && u.level[h] > Math.log(VACANT_LEVEL) && Number.isFinite(u.noise[h])) v.push(u.noise[h]);
  }
  return v.length >= 20 ? medianInPlace(Float64Array.from(v), v.length) : Number.NaN;
}

function hasData(m: DailyMatrix): boolean {
  for (let i = 0; i < m.values.length; i++) if (m.values[i] > 0) return true;
  return false;
}

function kindFeatures(usage: UsageFeatures, pg: PeerGroups, p: DetectParams, series: HouseSeries): KindFeatures {
  const H = usage.level.length;
  const peer = peerStats(pg, usage.level, p.minPeers, p.peerSpreadFloor);
  const peerRaw = peerStats(pg, usage.rawMean, p.minPeers, 0).center;
  const rise = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    // a flat that stood empty is compared with the low end of its peers, not with its own zero
    const floor = peer.center[h] - peer.spread[h];
    // (a base of -Infinity means the flat stood vacant throughout: the floor is its reference)
    const base = Number.isNaN(usage.base[h]) ? Number.NaN : Math.max(usage.base[h], floor);
    rise[h] = usage.level[h] - base;
  }
  const rs = robustCenterSpread(rise);
  void series;
  return { usage, peer, peerRaw, rise, riseSpread: Math.max(0.08, Number.isFinite(rs.spread) ? rs.spread : 0.2) };
}
