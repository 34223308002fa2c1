// The bulletin's figures. Every formula is a filter over plain rows with the
// period's ends included, so each one has a one-line SQL twin (see
// docs/documents.md); the test suite checks them against such queries. Which
// case counts for which figure is defined once, in @sentinel/domain
// (figures/definitions.ts), and the assessment uses the same predicates.
import {
  confirmedIn, discoveredIn, disposedBy, GROUP_RENTAL_CATEGORY, isProactiveDiscovery, relapsedIn, visibleBy, watchedIn,
} from '@sentinel/domain';
import { daysSummary, rate } from './stats.ts';
import type { BulletinAlert, BulletinCase, BulletinComplaint, BulletinFigures, BulletinPeriod } from './types.ts';

const within = (day: number | null, p: BulletinPeriod): day is number => day !== null && day >= p.fromDay && day <= p.toDay;

/** Figures of one scope (the whole jurisdiction or one neighbourhood). */
export function computeFigures(
  period: BulletinPeriod,
  cases: readonly BulletinCase[],
  alerts: readonly BulletinAlert[],
  complaints: readonly BulletinComplaint[],
): BulletinFigures {
  const discovered = cases.filter((c) => discoveredIn(c, period));
  const confirmed = cases.filter((c) => confirmedIn(c, period));
  // 处置率: of the group rentals confirmed in the period, those rectified by its end.
  const disposed = cases.filter((c) => disposedBy(c, period));
  // 可视率: of the cases opened in the period, those with a photo or video by its end.
  const visible = cases.filter((c) => visibleBy(c, period));
  // 回潮率: of the dwellings under relapse watch in the period, those that relapsed within it.
  const watched = cases.filter((c) => watchedIn(c, period));
  const relapsed = cases.filter((c) => relapsedIn(c, period));

  const onsetDays = confirmed.filter((c) => c.onsetDay !== null).map((c) => Math.max(0, c.discoveredDay - (c.onsetDay as number)));
  const rectifyDays = cases.filter((c) => within(c.rectifiedDay, period)).map((c) => (c.rectifiedDay as number) - c.discoveredDay);

  const verifiedAlerts = alerts.filter((a) => a.outcome !== null && within(a.outcomeDay, period));
  return {
    discovered: discovered.length,
    confirmed: confirmed.length,
    proactiveDiscovery: rate(confirmed.filter((c) => isProactiveDiscovery(c.source)).length, confirmed.length),
    disposal: rate(disposed.length, confirmed.length),
    visibility: rate(visible.length, discovered.length),
    relapse: rate(relapsed.length, watched.length),
    onsetToDiscoveryDays: daysSummary(onsetDays),
    discoveryToRectificationDays: daysSummary(rectifyDays),
    alertsRaised: alerts.filter((a) => within(a.alertDay, period)).length,
    alertConfirmation: rate(verifiedAlerts.filter((a) => a.outcome === 'confirmed').length, verifiedAlerts.length),
    complaints12345: complaints.filter((t) => t.channel === '12345' && t.category === GROUP_RENTAL_CATEGORY && within(t.receivedDay, period)).length,
  };
}
