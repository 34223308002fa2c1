// Everything the evidence model reads about the district, computed once per
// detection run (columnar, one entry per house).
import type { DetectionInput } from '../types.ts';
import type { UsageFeatures } from '../features/usage.ts';
import type { PeerStats } from '../features/peers.ts';
import type { AccessFeatures } from '../features/access.ts';
import type { ComplaintSummary } from '../features/complaints.ts';
import type { InspectionHistory } from '../features/inspections.ts';
import type { HouseSeries } from '../series/houseSeries.ts';
import type { DetectParams } from './params.ts';

export interface KindFeatures {
  usage: UsageFeatures;
  peer: PeerStats;
  /** Peer median of raw daily use (m3 or kWh per day), for reasons a staffer can check. */
  peerRaw: Float64Array;
  /** Own rise, log units: current level over own baseline (floored at the low end of peers, so a formerly vacant flat does not look like a surge). */
  rise: Float64Array;
  /** Robust district spread of `rise`, to turn it into a z-score. */
  riseSpread: number;
}

export interface AccessZ {
  features: AccessFeatures;
  credentials: PeerStats;
  night: PeerStats;
  unregistered: PeerStats;
}

export interface ModelContext {
  input: DetectionInput;
  params: DetectParams;
  waterSeries: HouseSeries;
  water: KindFeatures;
  /** 1 = the water onset is an early joint step (water and electricity up together over the last days). */
  earlyOnset: Uint8Array;
  electricity: KindFeatures;
  gas: KindFeatures | null;
  /** Trailing known days at a vacant flat's level after occupied ones (features/vacated.ts): the flat was just emptied. */
  vacantWater: Int32Array;
  vacantElectricity: Int32Array;
  /** Typical day-to-day noise of occupied houses' water (median of `water.usage.noise`): what people look like. */
  waterNoiseTypical: number;
  /** Robust z of electricity weekday-minus-weekend contrast (shops run on weekdays). */
  weekdayZ: Float64Array;
  /**
   * How high the water of a big registered family of each house's layout
   * goes (log ratio to peers, see `bigFamilyQuantile`); NaN when the district
   * has too few big families of that layout.
   */
  bigFamilyLevel: Float64Array;
  /** Typical household size of each house's peers (register median, else by layout). */
  peerSize: Float64Array;
  access: AccessZ | null;
  complaints: Map<number, ComplaintSummary>;
  inspections: Map<number, InspectionHistory>;
}
