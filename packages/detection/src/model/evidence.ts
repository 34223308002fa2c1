// Evidence fusion for one house: each piece of evidence is a log-likelihood
// ratio (group rental vs not) with a Chinese reason a staffer can verify.
// Confounders are modelled where they bite: a big registered family explains
// its use, a leak raises water but not electricity, a shop raises weekday
// electricity but not water, a formerly vacant flat is compared with its
// peers rather than with its own empty past.
import { dayToIso, type ComplaintChannel } from '@sentinel/domain';
import { levelBetween, makeScratch, type Scratch } from '../features/usage.ts';
import { PEER_LABELS, PEER_LEVELS } from '../features/peers.ts';
import { clamp } from '../stats/robust.ts';
import { impliedOccupants, legalCapacity } from './occupancy.ts';
import type { ModelContext } from './context.ts';

/**
 * Which mechanism a term belongs to: the learned model (model/learned.ts)
 * re-weights each group on the district's own inspection outcomes; notes are
 * explanations without weight, inspections are the labels themselves.
 */
export const EVIDENCE_KEYS = ['water', 'rise', 'fresh', 'fill', 'vacated', 'electricity', 'gas', 'gasUnused', 'joint', 'rhythm', 'occupancy', 'access', 'complaint', 'registry'] as const;
export type EvidenceKey = (typeof EVIDENCE_KEYS)[number] | 'note' | 'inspection';

export interface Term {
  key: EvidenceKey;
  llr: number;
  reason: string | null;
}

/** What the meters say since the house's last visit (null = never visited with a finding). */
export type InspectionState = 'unrectified' | 'rectified' | 'relapse' | 'cleared' | 'changedSinceCleared';

export interface HouseEvidence {
  /** Usage, access, complaint and registry evidence (what calibration re-scales). */
  terms: Term[];
  /** Inspection outcomes, added after calibration (they are the labels calibration learns from). */
  inspectionTerms: Term[];
  inspectionState: InspectionState | null;
  onsetDay: number | null;
  occupants: number | null;
}

const hinge = (x: number) => (x > 0 ? x : 0);
const fin = (x: number) => Number.isFinite(x);
const CHANNEL_LABEL: Record<ComplaintChannel, string> = {
  '12345': '12345', patrol: '巡查', resident: '居民', property: '物业', police: '派出所', other: '其他渠道',
};

export class EvidenceModel {
  private readonly ctx: ModelContext;
  private readonly sc: Scratch;

  constructor(ctx: ModelContext) {
    this.ctx = ctx;
    this.sc = makeScratch(ctx.params.usage.lookbackDays + 64);
  }

  house(h: number): HouseEvidence {
    const { ctx } = this;
    const p = ctx.params;
    const wt = p.weights;
    const facts = ctx.input.houses[h];
    const T = ctx.input.asOfDay;
    const terms: Term[] = [];
    const inspectionTerms: Term[] = [];
    const W = ctx.water;
    const E = ctx.electricity;
    const G = ctx.gas;

    // --- who should live here
    const ref = ctx.peerSize[h];
    const reg = facts.registeredResidents;
    const cap = legalCapacity(facts, p);
    const allowed = Math.max(cap, reg ?? 0);
    // a big registered family explains part of the use: expected log-ratio of a household of `reg` over a typical one
    const famRatio = reg !== null && reg > ref ? Math.log(reg / ref) : 0;

    // --- water and electricity against peers and against own past
    const lw = W.usage.level[h] - W.peer.center[h];
    const le = E.usage.level[h] - E.peer.center[h];
    const zw = (lw - p.waterElasticity * famRatio) / W.peer.spread[h];
    const ze = (le - p.electricityElasticity * famRatio) / E.peer.spread[h];
    const zwRise = fin(W.rise[h]) ? W.rise[h] / W.riseSpread : Number.NaN;
    const zeRise = fin(E.rise[h]) ? E.rise[h] / E.riseSpread : Number.NaN;
    const lg = G ? G.usage.level[h] - G.peer.center[h] : Number.NaN;
    const zg = G ? lg / G.peer.spread[h] : Number.NaN;
    const shopLike = fin(ctx.weekdayZ[h]) && ctx.weekdayZ[h] > 2 && (!fin(zw) || zw < 1.5);
    // a leak: water up, electricity flat — judged against the house's own past when it rose within the
    // lookback (a household that grew uses more of both), else against peers
    const ownRose = W.usage.onsetDay[h] >= 0 && fin(zwRise) && zwRise > 1.5 && fin(zeRise);
    const elecFlat = ownRose ? zeRise < 0.7 : fin(ze) && ze < 0.5;
    // people leave other traces a pipe does not: many door credentials, night
    // entries, group-rental complaints ("water plus access or complaints")
    const corroborated = this.peopleTraces(h, famRatio);
    // ... and the shape of the water series itself: a leak adds the same flow
    // every day, so the day-to-day ups and downs of a household shrink under
    // it; water that still moves like people's use is not a pipe.
    const shapeKnown = W.usage.recentValid[h] >= p.leakShape.minDays && fin(W.usage.noise[h]) && fin(ctx.waterNoiseTypical);
    const peopleShaped = shapeKnown && W.usage.noise[h] >= p.leakShape.flatNoiseRatio * ctx.waterNoiseTypical;
    const leakLike = fin(zw) && zw > 1.5 && elecFlat && !(zg > 1) && !corroborated && !peopleShaped;
    // A big family whose register understates it: a high level that has been
    // the house's own level all along (no step in the lookback, no rise over
    // its own past), cooking at home (gas up with it), and none of the traces
    // many unrelated people leave. Group rentals move in (a step) and eat out.
    const noStep = W.usage.onsetDay[h] < 0 && fin(W.rise[h]) && Math.abs(W.rise[h]) < p.familyMaxRise;
    // Either sign of a family will do: cooking at home (gas up with the
    // water), or a level no higher than registered big families of this
    // layout reach (the register may understate this one).
    const familyCooking = fin(zg) && zg > 0.5;
    const familyLevel = fin(ctx.bigFamilyLevel[h]) && lw <= ctx.bigFamilyLevel[h];
    const familyLike = noStep && fin(zw) && zw > 1 && !corroborated && (familyCooking || familyLevel) && !(ctx.electricity.usage.level[h] > ctx.electricity.peer.center[h] + 3 * ctx.electricity.peer.spread[h]);

    if (fin(zw)) {
      let llr = Math.min(wt.waterLevelCap, wt.waterLevel * hinge(zw - 1));
      if (leakLike) llr *= wt.leakDiscount;
      if (familyLike) llr *= wt.familyDiscount;
      if (llr > 0.05) terms.push({ key: 'water', llr, reason: this.waterReason(h, leakLike) });
    }
    if (familyLike && zw > 2) {
      terms.push({
        key: 'note',
        llr: 0,
        reason: familyCooking
          ? '用水长期稳定偏高、无跃升，用气显示在家做饭，疑似人口较多的家庭（已降权）'
          : '用水长期稳定偏高、无跃升，未超出同户型大家庭的用水范围，疑似人口较多的家庭（已降权）',
      });
    }
    // A step says something new moved in, not who: a legal tenant or family
    // filling a flat that stood empty steps up too. A step counts in full
    // only when it lands well beyond the range of households of this layout.
    const beyondFamilies = fin(zw) ? clamp((zw - 0.5) / (wt.riseFullAtZ - 0.5), 0, 1) : 0;
    if (fin(zwRise) && fin(zw) && zw > 0.5) {
      let llr = Math.min(wt.waterRiseCap, wt.waterRise * hinge(zwRise - 1.5)) * beyondFamilies;
      if (leakLike) llr *= wt.leakDiscount;
      if (llr > 0.05) {
        const since = W.usage.onsetDay[h] >= 0 ? `自${dayToIso(W.usage.onsetDay[h])}起` : '近期';
        terms.push({ key: 'rise', llr, reason: `${since}用水为本户此前水平的${Math.exp(W.rise[h]).toFixed(1)}倍` });
      }
    }
    if (leakLike && fin(zw) && zw > 2) {
      terms.push({ key: 'note', llr: 0, reason: '用水偏高但用电平稳，疑似漏水（已降权）' });
    }
    if (fin(ze)) {
      let llr = wt.electricityLevel * clamp(ze - 0.5, -1.5, 3.5);
      // A rise from a flat that stood empty only says someone moved in: it
      // counts as far as electricity now stands above the peers' (a legal
      // household lands at an ordinary level; eight tenants with a fridge,
      // a fan and a charger each do not). A fall counts in full.
      if (fin(zeRise) && W.usage.onsetDay[h] >= 0) {
        const rise = clamp(zeRise - 1, -1, 3);
        llr += wt.electricityRise * rise * (rise > 0 ? clamp(ze / wt.electricityRiseFullAtZ, 0, 1) : 1);
      }
      // electricity alone is what shops and home businesses also show
      if (!(zw > 1)) llr = Math.min(llr, 0.3);
      if (shopLike) llr = Math.min(llr, 0);
      if (llr > 0.05) terms.push({ key: 'electricity', llr, reason: this.electricityReason(h) });
      else if (llr < -0.05) terms.push({ key: 'electricity', llr, reason: null });
      if (shopLike && ze > 2) terms.push({ key: 'note', llr: 0, reason: '用电集中在工作日，疑似商铺或居家经营（已降权）' });
    }
    // gas counts only as part of a step (more people cooking or showering since the onset), not as a stable level: a family cooks too
    if (fin(zg) && fin(zw) && zw > 1 && W.usage.onsetDay[h] >= 0) {
      const llr = wt.gasLevel * clamp(zg - 0.5, -1, 3);
      if (llr > 0.05) terms.push({ key: 'gas', llr, reason: `用气为${PEER_LABELS[PEER_LEVELS[G!.peer.level[h]]]}中位数的${Math.exp(lg).toFixed(1)}倍` });
    }
    // Piped gas barely used while water runs high: nobody lives there (a
    // shop, a workshop, an office); any household, crowded or not, boils
    // water or showers with the gas it has now and then.
    if (fin(lg) && lg < wt.gasUnusedBelow && fin(zw) && zw > 1) {
      terms.push({ key: 'gasUnused', llr: wt.gasUnused, reason: '燃气几乎不用而用水偏高，疑似非居住用途（商铺、经营）（已降权）' });
    }
    // The weekly rhythm of the people who moved in. Legal tenants and
    // families who rent a whole flat are mostly commuters: out on weekdays,
    // home at weekends, so their electricity leans to the weekend. A crowd of
    // shift workers, delivery riders and night-shift staff sleeping in turns
    // keeps a partitioned flat busy every day of the week. A weekend-heavy
    // week since the step (robust z of weekday-minus-weekend below
    // `weekendFrom`) counts against a group rental, unless door cards or
    // complaints show many people.
    const wkd = ctx.weekdayZ[h];
    if (W.usage.onsetDay[h] >= 0 && fin(wkd) && wkd < wt.weekendFrom && fin(zw) && zw > 1 && !corroborated) {
      const llr = wt.weekendRhythm * Math.min(1, (wt.weekendFrom - wkd) / wt.weekendFullBelow);
      terms.push({ key: 'rhythm', llr, reason: '入住后用电周末多于工作日，作息像通勤上班的家庭或租户（已降权）' });
    }
    if (W.usage.onsetDay[h] >= 0 && zwRise > 1.5 && zeRise > 1 && zw > 1.5 && ze > wt.jointMinElectricityZ) {
      terms.push({ key: 'joint', llr: wt.jointOnset, reason: `${dayToIso(W.usage.onsetDay[h])}起水电同时跃升` });
    }
    const fill = this.fillTerm(h, zw, zeRise, corroborated, leakLike || shopLike);
    if (fill) terms.push(fill);
    // Emptied days ago: the tenants left together and use fell to a vacant
    // flat's standby at once; the regime's median and water read once a
    // month follow only weeks later. Each vacant day counts, so a flat
    // emptied a week ago leaves the top of the list whatever its month was.
    const vacantDays = Math.max(ctx.vacantWater[h], ctx.vacantElectricity[h]);
    if (vacantDays >= wt.vacatedMinDays) {
      const what = ctx.vacantWater[h] >= wt.vacatedMinDays && ctx.vacantElectricity[h] >= wt.vacatedMinDays ? '用水用电' : ctx.vacantElectricity[h] >= wt.vacatedMinDays ? '用电' : '用水';
      terms.push({
        key: 'vacated',
        llr: wt.vacatedPerDay * Math.min(vacantDays, wt.vacatedFullDays),
        reason: `近${vacantDays}天${what}降至空置房水平，疑似已搬空（已降权）`,
      });
    }

    // --- occupancy against capacity (explains; the z-scores above carry the weight)
    const occupants = impliedOccupants(ref, lw, le, p, !leakLike, !shopLike);
    if (fin(occupants) && occupants > allowed + 0.5 && zw > 1) {
      terms.push({
        key: 'occupancy',
        llr: wt.overCapacity * Math.min(3, Math.log(occupants / allowed) / Math.LN2),
        reason: `按面积与居室核定最多${cap}人，估算约${Math.round(occupants)}人`,
      });
    }
    // A fresh step to a level no family of this layout reaches and beyond
    // the legal capacity: what a flat filled with beds looks like in its
    // first weeks, before electricity, door cards and complaints catch up.
    const onsetAge = W.usage.onsetDay[h] >= 0 ? T - W.usage.onsetDay[h] : Number.POSITIVE_INFINITY;
    const knowsFamilies = fin(ctx.bigFamilyLevel[h]);
    const familyCeiling = knowsFamilies ? ctx.bigFamilyLevel[h] : W.peer.spread[h] * wt.freshStepFallbackZ;
    if (onsetAge <= wt.freshStepDays && zwRise > 3 && lw > familyCeiling && fin(occupants) && occupants > allowed && !leakLike && !shopLike) {
      const beyond = knowsFamilies ? '同户型大家庭也达不到的水平' : '同户型住户少见的水平';
      terms.push({ key: 'fresh', llr: wt.freshStep, reason: `${dayToIso(W.usage.onsetDay[h])}起用水骤增至${beyond}` });
    }
    if (reg !== null && reg > cap && fin(occupants) && occupants <= reg * 1.3 && fin(zw) && lw > 0.2) {
      terms.push({ key: 'note', llr: 0, reason: `登记人口${reg}人，用水与登记家庭规模相符` });
    }

    // --- door access
    const A = ctx.access;
    if (A && fin(A.features.distinctCredentials[h])) {
      const dc = A.features.distinctCredentials[h];
      const zc = (dc - A.credentials.center[h] - famRatio * 2) / A.credentials.spread[h];
      const llr = wt.accessCredentials * clamp(zc - 1, 0, 5);
      if (llr > 0.05) terms.push({ key: 'access', llr, reason: `门禁近30天出现${dc}个不同凭证（${PEER_LABELS[PEER_LEVELS[A.credentials.level[h]]]}中位数${A.credentials.center[h].toFixed(0)}个）` });
      const zn = (A.features.nightEvents[h] - A.night.center[h]) / A.night.spread[h];
      const ln = wt.accessNight * clamp(zn - 1, 0, 3);
      if (ln > 0.05) terms.push({ key: 'access', llr: ln, reason: `近30天夜间（23-5时）进出${A.features.nightEvents[h]}次` });
      const zu = (A.features.unregisteredShare[h] - A.unregistered.center[h]) / A.unregistered.spread[h];
      const lu = wt.accessUnregistered * clamp(zu - 1, 0, 3);
      if (lu > 0.05) terms.push({ key: 'access', llr: lu, reason: '所在楼门未登记凭证偏多' });
    }

    // --- complaints
    const c = ctx.complaints.get(h);
    if (c) {
      const llr = Math.min(wt.complaintCap, wt.complaint * c.groupRental) + Math.min(0.6, wt.otherComplaint * c.other);
      if (llr > 0.05) {
        const parts = [...c.byChannel.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
          .map(([ch, n]) => `${CHANNEL_LABEL[ch]}群租投诉${n}次`);
        terms.push({ key: 'complaint', llr, reason: parts.length > 0 ? `近一年${parts.join('、')}` : '近期有相关投诉' });
      }
    }

    // --- registry
    if (facts.isRental === true) terms.push({ key: 'registry', llr: wt.knownRental, reason: null });
    if (facts.isRental === false) terms.push({ key: 'registry', llr: wt.knownOwnerOccupied, reason: null });
    if (facts.rentalFiled === true) terms.push({ key: 'registry', llr: wt.rentalFiled, reason: null });

    // --- inspections
    let onsetDay: number | null = W.usage.onsetDay[h] >= 0 ? W.usage.onsetDay[h] : null;
    const hist = ctx.inspections.get(h);
    let inspectionState: InspectionState | null = null;
    if (hist) {
      const conf = hist.lastConfirmed;
      const notc = hist.lastNotConfirmed;
      if (conf >= 0 && conf >= notc) {
        const state = this.afterConfirmed(h, conf);
        inspectionState = state;
        if (state === 'unrectified') {
          inspectionTerms.push({ key: 'inspection', llr: wt.confirmedUnrectified, reason: `${dayToIso(conf)}现场核查确认群租${hist.occupantsFound ? `（${hist.occupantsFound}人）` : ''}，之后用水未回落，未见整改` });
          if (onsetDay === null || onsetDay > conf) onsetDay = null;
        } else if (state === 'relapse') {
          inspectionTerms.push({ key: 'inspection', llr: wt.relapse, reason: `整改后回潮：${dayToIso(conf)}确认群租并整改后，自${dayToIso(W.usage.onsetDay[h])}起用水再次上升` });
        } else {
          inspectionTerms.push({ key: 'inspection', llr: wt.confirmedRectified, reason: `${dayToIso(conf)}确认群租，已见整改，回潮观察中` });
        }
      }
      if (notc >= 0 && notc > conf) {
        const onset = W.usage.onsetDay[h];
        inspectionState = onset < 0 || onset <= notc ? 'cleared' : 'changedSinceCleared';
        if (onset < 0 || onset <= notc) {
          const fade = Math.exp(-(T - notc) / 365);
          inspectionTerms.push({ key: 'inspection', llr: wt.notConfirmedSameOnset * fade, reason: `${dayToIso(notc)}现场核查未发现群租（异常在核查前已存在）` });
        } else if (conf >= 0 && beyondFamilies > 0) {
          // confirmed once, then cleared (the joint acceptance of the
          // rectification is recorded as "not confirmed"), and now a new step:
          // a relapse (回潮) — or a legal re-let, which is commoner, so it
          // counts only as far as the new level is beyond a household's
          inspectionTerms.push({ key: 'inspection', llr: wt.relapse * beyondFamilies, reason: `整改后回潮：${dayToIso(conf)}确认群租，${dayToIso(notc)}核查未见群租，自${dayToIso(onset)}起用水再次上升` });
        } else {
          inspectionTerms.push({ key: 'inspection', llr: 0, reason: `${dayToIso(notc)}核查未发现群租，但其后出现新的异常` });
        }
      }
      if (hist.lastNoAccess >= 0 && T - hist.lastNoAccess <= 90 && hist.lastNoAccess > conf) {
        inspectionTerms.push({ key: 'inspection', llr: wt.noAccess * Math.min(2, hist.noAccessCount), reason: `核查时无法入户${hist.noAccessCount}次` });
      }
    }

    return { terms, inspectionTerms, inspectionState, onsetDay, occupants: fin(occupants) ? occupants : null };
  }

  /**
   * Use that keeps climbing week after week since the step. A household
   * moving into an empty flat arrives on one day and its use settles at once;
   * a partitioned flat is let bed by bed as tenants answer the ads, so its
   * water climbs for weeks after the first step, and electricity with it
   * (each bed brings a phone, a fan, an e-bike battery). Counted only while
   * the regime is young, the water above peers, electricity up across the
   * same step (or door cards / complaints), and not leak- or shop-like: a
   * worsening leak also climbs, but lights no lamp.
   */
  private fillTerm(h: number, zw: number, zeRise: number, corroborated: boolean, excluded: boolean): Term | null {
    const { ctx } = this;
    const wt = ctx.params.weights;
    const W = ctx.water.usage;
    const onset = W.onsetDay[h];
    if (onset < 0 || excluded || !(zw > 1)) return null;
    const age = ctx.input.asOfDay - onset;
    if (age > wt.fillMaxAgeDays) return null;
    const perWeek = W.fillPerWeek[h];
    if (!(W.fillT[h] >= wt.fillMinT) || !(perWeek > wt.fillFromPerWeek)) return null;
    if (!(zeRise > 1) && !corroborated) return null;
    const llr = wt.fillClimb * clamp((perWeek - wt.fillFromPerWeek) / (wt.fillFullPerWeek - wt.fillFromPerWeek), 0, 1);
    if (llr <= 0.05) return null;
    const pct = Math.round((Math.exp(perWeek) - 1) * 100);
    return { key: 'fill', llr, reason: `自${dayToIso(onset)}起用水逐周攀升（每周约+${pct}%），像床位陆续租出` };
  }

  /** Traces of many unrelated people beyond the meters: access credentials or night entries well above peers, or group-rental complaints. */
  private peopleTraces(h: number, famRatio: number): boolean {
    const A = this.ctx.access;
    if (A && fin(A.features.distinctCredentials[h])) {
      const zc = (A.features.distinctCredentials[h] - A.credentials.center[h] - famRatio * 2) / A.credentials.spread[h];
      const zn = (A.features.nightEvents[h] - A.night.center[h]) / A.night.spread[h];
      if (zc > 1.5 || zn > 2) return true;
    }
    const c = this.ctx.complaints.get(h);
    return c !== undefined && c.groupRental >= 0.5;
  }

  /**
   * After a confirmed visit: is the group rental still there? A confirmed
   * visit keeps a house high only while its use says so: the level now (the
   * current regime, and the last week when that is lower: a move-out shows
   * there first) must stay above the peers' range and within 0.25 log of the
   * level around the visit (when the data reach back that far; a visit older
   * than the data is judged on the peers alone). Once it has fallen back the
   * house is on relapse watch; up again after such a dip with a new onset is
   * a relapse.
   */
  private afterConfirmed(h: number, conf: number): 'unrectified' | 'rectified' | 'relapse' {
    const { ctx, sc } = this;
    const T = ctx.input.asOfDay;
    const s = ctx.waterSeries;
    if (T - conf < 10) return 'unrectified'; // the deadline to rectify is still running
    const atVisit = levelBetween(s, h, conf - 10, conf + 3, sc, false);
    const lastWeek = levelBetween(s, h, T - 6, T, sc, false);
    const regime = ctx.water.usage.level[h];
    const now = fin(lastWeek) && fin(regime) ? Math.min(lastWeek, regime) : fin(regime) ? regime : lastWeek;
    const peerHigh = ctx.water.peer.center[h] + ctx.water.peer.spread[h];
    const fell = (x: number) => x <= peerHigh || (fin(atVisit) && x < atVisit - 0.25);
    if (!fin(now) || fell(now)) return 'rectified';
    const after = levelBetween(s, h, conf + 5, Math.min(T, conf + 40), sc, false);
    return fin(after) && fell(after) && ctx.water.usage.onsetDay[h] > conf + 5 ? 'relapse' : 'unrectified';
  }

  private waterReason(h: number, leak: boolean): string {
    const W = this.ctx.water;
    const T = this.ctx.input.asOfDay;
    const from = W.usage.windowFrom[h];
    const span = T - from + 1 >= 28 ? `近${T - from + 1}天` : `自${dayToIso(from)}起`;
    const raw = W.usage.rawMean[h];
    const peer = W.peerRaw[h];
    const ratio = raw / peer;
    const label = PEER_LABELS[PEER_LEVELS[W.peer.level[h]]];
    const base = fin(ratio) && peer > 0
      ? `${span}日均用水${raw.toFixed(2)}吨，为${label}中位数的${ratio.toFixed(1)}倍`
      : `${span}用水明显高于${label}`;
    return leak ? `${base}（用电未同步上升）` : base;
  }

  private electricityReason(h: number): string {
    const E = this.ctx.electricity;
    const raw = E.usage.rawMean[h];
    const peer = E.peerRaw[h];
    const label = PEER_LABELS[PEER_LEVELS[E.peer.level[h]]];
    if (!(peer > 0) || !fin(raw)) return `用电明显高于${label}`;
    return `日均用电${raw.toFixed(1)}度，为${label}中位数的${(raw / peer).toFixed(1)}倍`;
  }
}
