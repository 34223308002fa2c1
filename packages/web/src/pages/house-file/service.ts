// The one-household file (GET /api/households/:id: facts, labels, people
// masked, meters, alerts, complaints, cases, inspections, notices, photos),
// revealing people for a stated purpose (logged by the server), and the
// daily consumption with the peer band (GET /api/houses/:id/consumption).
import type {
  ConsumptionSeries, HouseAlertPoint, HouseConsumption, HouseDoorAccess as HouseAccess, HouseholdFile, Items, Party, PeerLevel,
} from '@sentinel/contract';
import { get, post } from '../../app/request.ts';

export type { ConsumptionSeries, HouseAlertPoint, HouseAccess, HouseConsumption, HouseholdFile, Party, PeerLevel };

const enc = encodeURIComponent;

export const fetchHouseholdFile = (houseId: string, signal?: AbortSignal) => get<HouseholdFile>(`/api/households/${enc(houseId)}`, undefined, signal);

export const revealParties = (houseId: string, purpose: string) => post<Items<Party>>(`/api/households/${enc(houseId)}/parties/reveal`, { purpose });

export const attachmentUrl = (houseId: string, attachmentId: string) => `/api/households/${enc(houseId)}/attachments/${enc(attachmentId)}`;

export const fetchConsumption = (houseId: string, signal?: AbortSignal) =>
  get<HouseConsumption>(`/api/houses/${enc(houseId)}/consumption`, undefined, signal);

export async function fetchHouseAlerts(houseId: string, signal?: AbortSignal): Promise<HouseAlertPoint[]> {
  const res = await get<Items<HouseAlertPoint>>(`/api/houses/${encodeURIComponent(houseId)}/alerts`, undefined, signal);
  return res.items;
}

/** `until` = the last day shown (the whistle's as-of day, so the figures are those of its reasons). */
export const fetchHouseAccess = (houseId: string, until: string | null, signal?: AbortSignal) =>
  get<HouseAccess>(`/api/houses/${enc(houseId)}/access`, until ? { until } : undefined, signal);
