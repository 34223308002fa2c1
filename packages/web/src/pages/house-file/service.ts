// The one-household file (GET /api/households/:id: facts, labels, people
// masked, meters, alerts, complaints, cases, inspections, notices, photos),
// revealing people for a stated purpose (logged by the server), and the
// daily consumption with the peer band (GET /api/houses/:id/consumption).
import type { AlertLevel, MeterKind } from '@sentinel/domain';
import { get, post } from '../../app/request.ts';
import type { House } from '../houses/service.ts';
import type { CaseSummary } from '../cases/service.ts';

export type PeerLevel = 'community' | 'neighborhood' | 'district';

export interface ConsumptionSeries {
  kind: MeterKind;
  unit: string;
  days: string[];
  amounts: (number | null)[];
  peer: { level: PeerLevel; peers: number; p25: (number | null)[]; median: (number | null)[]; p75: (number | null)[] } | null;
}

export interface HouseConsumption {
  houseId: string;
  series: ConsumptionSeries[];
}

export interface Party {
  id: string;
  kind: string;
  kindLabel: string;
  name: string;
  phone: string | null;
  idLast4: string | null;
  revealed: boolean;
}

export interface HouseholdFile {
  house: House;
  labels: { label: string; labelText: string; caseId: string | null; setAt: string; removedAt: string | null }[];
  parties: Party[];
  meters: { meterId: string; kind: string; unit: string; installedAt: string | null; removedAt: string | null; days: number; measuredDays: number; last30DailyMean: number | null; readingErrors: number }[];
  alerts: { caseId: string; openedAt: string; score: number; level: string; reasons: string[]; runId: string | null }[];
  complaints: { ticketId: string; receivedAt: string; channel: string; category: string | null; content: string | null }[];
  cases: CaseSummary[];
  inspections: { source: string; caseId: string | null; at: string; result: string; occupants: number | null; verdict: string | null; notes: string | null }[];
  notices: { caseId: string; caseNumber: string; kind: string; kindLabel: string; servedAt: string; photoIds: string[] }[];
  attachments: { id: string; mime: string; sizeBytes: number; caseId: string | null; uploadedAt: string }[];
}

const enc = encodeURIComponent;

export const fetchHouseholdFile = (houseId: string, signal?: AbortSignal) => get<HouseholdFile>(`/api/households/${enc(houseId)}`, undefined, signal);

export const revealParties = (houseId: string, purpose: string) => post<{ items: Party[] }>(`/api/households/${enc(houseId)}/parties/reveal`, { purpose });

export const attachmentUrl = (houseId: string, attachmentId: string) => `/api/households/${enc(houseId)}/attachments/${enc(attachmentId)}`;

export const fetchConsumption = (houseId: string, signal?: AbortSignal) =>
  get<HouseConsumption>(`/api/houses/${enc(houseId)}/consumption`, undefined, signal);

/** The house's score in one detection run (GET /api/houses/:houseId/alerts, oldest first). */
export interface HouseAlertPoint {
  runId: string;
  startedAt: string;
  asOfDay: string;
  modelVersion: string;
  rank: number;
  houseCount: number;
  score: number;
  level: AlertLevel;
  onsetDay: string | null;
  reasons: string[];
}

export async function fetchHouseAlerts(houseId: string, signal?: AbortSignal): Promise<HouseAlertPoint[]> {
  const res = await get<{ items: HouseAlertPoint[] }>(`/api/houses/${encodeURIComponent(houseId)}/alerts`, undefined, signal);
  return res.items;
}

/** Door access of the house (GET /api/houses/:houseId/access), counted as the whistle counts it. */
export interface HouseAccess {
  houseId: string;
  /** false = 本小区未接入门禁数据. */
  covered: boolean;
  /** Night rule of the whistle, minutes of the day: [fromMinute, 24:00) ∪ [00:00, toMinute). */
  night: { fromMinute: number; toMinute: number };
  days: string[];
  events: number[];
  credentials: number[];
  nightEvents: number[];
  unregisteredShare: number[];
  recent: {
    from: string;
    to: string;
    credentials: number;
    events: number;
    nightEvents: number;
    unregisteredShare: number;
    doors: number;
    peer: { median: number; houses: number } | null;
    credentialList: { label: string; events: number; nightEvents: number; firstDay: string; lastDay: string }[];
  } | null;
}

/** `until` = the last day shown (the whistle's as-of day, so the figures are those of its reasons). */
export const fetchHouseAccess = (houseId: string, until: string | null, signal?: AbortSignal) =>
  get<HouseAccess>(`/api/houses/${enc(houseId)}/access`, until ? { until } : undefined, signal);
