// The bulletin's figures. Every formula is a filter over plain rows with the
// period's ends included, so each one has a one-line SQL twin (see
// docs/documents.md); the test suite checks them against such queries.
import { GROUP_RENTAL_CATEGORY } from '@sentinel/domain';
import { daysSummary, rate } from './stats.ts';
import type { BulletinAlert, BulletinCase, BulletinComplaint, BulletinFigures, BulletinPeriod } from './types.ts';

const within = (day: number | null, p: BulletinPeriod): day is number => day !== null && day >= p.fromDay && day <= p.toDay;
const byEnd = (day: number | null, p: BulletinPeriod): day is number => day !== null && day <= p.toDay;

/** The day a rectified case stopped being watched (closed or relapsed); null while still watched. */
function watchEndDay(c: BulletinCase): number | null {
  const ends = [c.closedDay, c.relapsedDay].filter((d): d is number => d !== null);
  return ends.length === 0 ? null : Math.min(...ends);
}

/** Figures of one scope (the whole jurisdiction or one neighbourhood). */
export function computeFigures(
  period: BulletinPeriod,
  cases: readonly BulletinCase[],
  alerts: readonly BulletinAlert[],
  complaints: readonly BulletinComplaint[],
): BulletinFigures {
  const discovered = cases.filter((c) => within(c.discoveredDay, period));
  const confirmed = cases.filter((c) => within(c.confirmedDay, period));

  // 处置率: of the group rentals confirmed in the period, those rectified by its end.
  const disposed = confirmed.filter((c) => byEnd(c.rectifiedDay, period));

  // 可视率: of the cases opened in the period, those with a photo or video by its end.
  const visible = discovered.filter((c) => byEnd(c.firstMediaDay, period));

  // 回潮率: among dwellings rectified by the period's end and still watched at
  // some point in it (not closed or relapsed before it began), those that
  // relapsed within it.
  const watched = cases.filter((c) => {
    if (!byEnd(c.rectifiedDay, period)) return false;
    const end = watchEndDay(c);
    return end === null || end >= period.fromDay;
  });
  const relapsed = watched.filter((c) => within(c.relapsedDay, period));

  const onsetDays = confirmed.filter((c) => c.onsetDay !== null).map((c) => Math.max(0, c.discoveredDay - (c.onsetDay as number)));
  const rectifyDays = cases.filter((c) => within(c.rectifiedDay, period)).map((c) => (c.rectifiedDay as number) - c.discoveredDay);

  const verifiedAlerts = alerts.filter((a) => a.outcome !== null && within(a.outcomeDay, period));
  return {
    discovered: discovered.length,
    confirmed: confirmed.length,
    proactiveDiscovery: rate(confirmed.filter((c) => c.source !== '12345').length, confirmed.length),
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
