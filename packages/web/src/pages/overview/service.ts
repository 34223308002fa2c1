// The overview's figures, each from the endpoint that owns it: houses, cases
// and group rentals per neighbourhood of the user's jurisdiction (map areas),
// case totals (cases list totals) and the whistle's monthly precision.
import type { AreaCollection, Items, PrecisionMonth } from '@sentinel/contract';

export type { PrecisionMonth };
import { get } from '../../app/request.ts';
import { fetchCases } from '../cases/service.ts';
import { OPEN_STATES } from '../cases/board.ts';
import { fetchWhistleCounts } from '../alerts/service.ts';

export interface OverviewData {
  /** Houses inside the user's jurisdiction. */
  houses: number;
  neighbourhoods: AreaCollection;
  openCases: number;
  overdueCases: number;
  rectifiedCases: number;
  /** null when the user's role may not see the whistle's precision. */
  precision: PrecisionMonth[] | null;
  /** Today's whistles inside the jurisdiction; null when the role may not see alerts. */
  whistles: { asOfDay: string | null; red: number; yellow: number } | null;
}

export async function fetchOverview(withPrecision: boolean, withAlerts: boolean, signal?: AbortSignal): Promise<OverviewData> {
  const [neighbourhoods, open, overdue, rectified, precision, whistles] = await Promise.all([
    get<AreaCollection>('/api/map/areas', { level: 'neighborhood' }, signal),
    fetchCases({ state: OPEN_STATES }, 1, 1, signal),
    fetchCases({ overdue: true }, 1, 1, signal),
    fetchCases({ state: ['rectified', 'monitoring', 'closed'] }, 1, 1, signal),
    withPrecision ? get<Items<PrecisionMonth>>('/api/whistle/precision', undefined, signal) : Promise.resolve(null),
    withAlerts ? fetchWhistleCounts(signal) : Promise.resolve(null),
  ]);
  return {
    houses: neighbourhoods.features.reduce((s, f) => s + f.properties.houses, 0),
    neighbourhoods,
    openCases: open.total,
    overdueCases: overdue.total,
    rectifiedCases: rectified.total,
    precision: precision?.items ?? null,
    whistles: whistles ? { asOfDay: whistles.run?.asOfDay ?? null, red: whistles.red, yellow: whistles.yellow } : null,
  };
}
