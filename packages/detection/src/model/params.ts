// Every number the model uses, with why. Weights are log-likelihood ratios
// (natural log) per unit of a robust z-score; they are priors set from the
// mechanisms in docs/detection.md, and `detect` re-calibrates the final
// probability on inspection outcomes when there are enough of them.
import type { UsageParams } from '../features/usage.ts';
import type { CalibrationParams } from './calibration.ts';
import type { LearnedParams } from './learned.ts';

export interface DetectParams {
  usage: UsageParams;
  /** Base rate of group rentals among dwellings (~1.5% of a district at any time). */
  priorProbability: number;
  /** Elasticity of household water / electricity use with household size (meta-analysis: 0.4-0.6). */
  waterElasticity: number;
  electricityElasticity: number;
  /**
   * Elasticity used to turn a group rental's use into a head count. Unrelated
   * tenants share little (own showers, cooking, chargers), so their use grows
   * closer to linearly than a family's; 0.8 keeps the estimate from exploding.
   */
  occupancyElasticity: number;
  /** Share of building area (建筑面积) that is living area (居住面积), for the ≥ 5 m² per person rule. */
  livingAreaShare: number;
  minLivingAreaPerPerson: number;
  maxPerRoom: number;
  /** "No step": own rise (log) below this in absolute value, for the big-family look. */
  familyMaxRise: number;
  /**
   * Registered households of at least this many people are "big families";
   * the `bigFamilyQuantile` of their water level (against peers, same layout,
   * district-wide, at least `minBigFamilies` of them) is how high a big family
   * of that layout goes.
   */
  bigFamilySize: number;
  bigFamilyQuantile: number;
  minBigFamilies: number;
  /** Peer groups need this many known values, else fall back a level. */
  minPeers: number;
  /** Floor of peer spread (log units): a uniform group must not turn +10% into a high z. */
  peerSpreadFloor: number;
  /**
   * Leak vs people from the shape of the water series: with at least `minDays`
   * known days in the current window, water whose day-to-day noise is at least
   * `flatNoiseRatio` × the typical occupied house's is shaped like people's
   * use, and the leak discount does not apply.
   */
  leakShape: { minDays: number; flatNoiseRatio: number };
  weights: EvidenceWeights;
  /** Decay half-life of complaints (days), and the weight of a fuzzily matched address. */
  complaintHalfLifeDays: number;
  fuzzyComplaintWeight: number;
  /** Calibration on recent inspection outcomes, anchored to the district prevalence (model/calibration.ts). */
  calibration: CalibrationParams;
  /** Per-mechanism weights learned on the district's own outcomes (model/learned.ts). */
  learned: LearnedParams;
  /** Three colours: red from this probability up, yellow from the next, green below. */
  redThreshold: number;
  yellowThreshold: number;
}

export interface EvidenceWeights {
  /** per z of water above peers, beyond 1 */
  waterLevel: number;
  waterLevelCap: number;
  /** per z of own water rise (against own past), beyond 1.5 */
  waterRise: number;
  waterRiseCap: number;
  /** water z above peers at which the own rise counts in full (from 0 at z 0.5): a step into a family's range is a new household, not a crowd */
  riseFullAtZ: number;
  /** gas level (log ratio to peers) below which piped gas counts as unused, and the LLR when water is high too */
  gasUnusedBelow: number;
  gasUnused: number;
  /**
   * A step within the last `freshStepDays` to a water level above what big
   * registered families of the layout reach (else above peers by
   * `freshStepFallbackZ` spreads), over capacity, not a leak or a shop.
   */
  freshStep: number;
  freshStepDays: number;
  freshStepFallbackZ: number;
  /**
   * Weekend-heavy electricity since a step (commuters: legal tenants and
   * families): LLR `weekendRhythm` (negative) in full once the robust z of
   * weekday-minus-weekend is `weekendFullBelow` below `weekendFrom`.
   */
  weekendRhythm: number;
  weekendFrom: number;
  weekendFullBelow: number;
  /**
   * Water still climbing since the step (beds let one by one): LLR
   * `fillClimb` in full from a slope of `fillFullPerWeek` log/week, from 0 at
   * `fillFromPerWeek`; needs the slope's t ≥ `fillMinT` and a regime at most
   * `fillMaxAgeDays` old (features/usage.ts fits it from the 4th day on, ≥ 10 days).
   */
  fillClimb: number;
  fillFromPerWeek: number;
  fillFullPerWeek: number;
  fillMinT: number;
  fillMaxAgeDays: number;
  /**
   * Just emptied (features/vacated.ts): from `vacatedMinDays` trailing vacant
   * days of water or electricity, LLR `vacatedPerDay` (negative) per day, up
   * to `vacatedFullDays` days.
   */
  vacatedMinDays: number;
  vacatedPerDay: number;
  vacatedFullDays: number;
  /** per doubling of implied occupants over the allowed number (cap 3 doublings) */
  overCapacity: number;
  /** per z of electricity above peers, centred at 0.5 (negative when below) */
  electricityLevel: number;
  /** per z of own electricity rise across the water onset */
  electricityRise: number;
  /** electricity z above peers at which its own rise counts in full (from 0 at z 0): moving into an empty flat lands at an ordinary level */
  electricityRiseFullAtZ: number;
  /** the joint step counts only when electricity now stands above the peers' median by this many spreads */
  jointMinElectricityZ: number;
  gasLevel: number;
  /** water up with electricity flat: a leak is the likelier story; water evidence is multiplied by this */
  leakDiscount: number;
  /** big-family look (stable high level, cooking, no traces of many people): water evidence is multiplied by this */
  familyDiscount: number;
  /** both water and electricity stepped up on the onset: a household, not a pipe, changed */
  jointOnset: number;
  /** per z of distinct access credentials above peers, beyond 1 */
  accessCredentials: number;
  accessNight: number;
  accessUnregistered: number;
  /** per decayed group-rental complaint, and cap */
  complaint: number;
  complaintCap: number;
  otherComplaint: number;
  /** inspections */
  confirmedUnrectified: number;
  confirmedRectified: number;
  relapse: number;
  notConfirmedSameOnset: number;
  noAccess: number;
  /** registry */
  knownRental: number;
  knownOwnerOccupied: number;
  rentalFiled: number;
}

export const DEFAULT_PARAMS: DetectParams = {
  usage: {
    lookbackDays: 180,
    recentDays: 30,
    baselineDays: 90,
    changePoints: { maxChanges: 4, minT: 6, minShift: 0.25, minLen: 3 },
    early: { minDays: 3, maxDays: 14, baselineDays: 60, minWaterT: 4, minElectricityT: 3, minElectricityShift: 0.12 },
  },
  priorProbability: 0.015,
  waterElasticity: 0.5,
  electricityElasticity: 0.5,
  occupancyElasticity: 0.8,
  livingAreaShare: 0.7,
  minLivingAreaPerPerson: 5,
  maxPerRoom: 2,
  familyMaxRise: 0.2,
  bigFamilySize: 5,
  bigFamilyQuantile: 0.9,
  minBigFamilies: 15,
  minPeers: 8,
  peerSpreadFloor: 0.12,
  leakShape: { minDays: 7, flatNoiseRatio: 0.75 },
  weights: {
    waterLevel: 1.1,
    waterLevelCap: 6,
    waterRise: 0.5,
    waterRiseCap: 2.5,
    riseFullAtZ: 2.5,
    gasUnusedBelow: -2,
    gasUnused: -3,
    overCapacity: 0.3,
    weekendRhythm: -1,
    weekendFrom: -0.5,
    weekendFullBelow: 1,
    freshStep: 1.5,
    freshStepDays: 21,
    freshStepFallbackZ: 2.5,
    fillClimb: 1.5,
    fillFromPerWeek: 0.1,
    fillFullPerWeek: 0.3,
    fillMinT: 4,
    fillMaxAgeDays: 63,
    vacatedMinDays: 2,
    vacatedPerDay: -2,
    vacatedFullDays: 4,
    electricityLevel: 0.7,
    electricityRise: 0.4,
    electricityRiseFullAtZ: 1.5,
    jointMinElectricityZ: 0.5,
    gasLevel: 0.35,
    leakDiscount: 0.3,
    familyDiscount: 0.6,
    jointOnset: 0.6,
    accessCredentials: 0.7,
    accessNight: 0.25,
    accessUnregistered: 0.2,
    complaint: 1.6,
    complaintCap: 3.5,
    otherComplaint: 0.3,
    confirmedUnrectified: 4,
    confirmedRectified: 0.5,
    relapse: 1.5,
    notConfirmedSameOnset: -3,
    noAccess: 0.4,
    knownRental: 0.4,
    knownOwnerOccupied: -0.6,
    rentalFiled: -0.3,
  },
  complaintHalfLifeDays: 90,
  fuzzyComplaintWeight: 0.6,
  calibration: {
    windowDays: 60,
    minLabels: 30,
    minPerClass: 5,
    slopeSd: 0.3,
    slopeMin: 0.5,
    slopeMax: 2,
    // 0.5%-5% of dwellings: below, the three colours would mean nothing; above
    // lies no Shanghai subdistrict we know of (1.5% is the usual figure)
    prevalenceMin: 0.005,
    prevalenceMax: 0.05,
    maxAlertShare: 3,
    weightMin: 0.25,
    weightMax: 4,
  },
  learned: { weightSd: 0.5, weightMax: 2.5, blendHalfLabels: 100 },
  redThreshold: 0.8,
  yellowThreshold: 0.3,
};

/** Deep-merges partial overrides onto the defaults. */
export function resolveParams(p?: Partial<DetectParams>): DetectParams {
  if (!p) return DEFAULT_PARAMS;
  return {
    ...DEFAULT_PARAMS,
    ...p,
    usage: {
      ...DEFAULT_PARAMS.usage, ...p.usage,
      changePoints: { ...DEFAULT_PARAMS.usage.changePoints, ...p.usage?.changePoints },
      early: { ...DEFAULT_PARAMS.usage.early, ...p.usage?.early },
    },
    leakShape: { ...DEFAULT_PARAMS.leakShape, ...p.leakShape },
    calibration: { ...DEFAULT_PARAMS.calibration, ...p.calibration },
    learned: { ...DEFAULT_PARAMS.learned, ...p.learned },
    weights: { ...DEFAULT_PARAMS.weights, ...p.weights },
  };
}
