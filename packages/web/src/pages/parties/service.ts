// 房东与中介: parties, their file and credit record, the parties of a dwelling
// (GET/POST /api/rental-parties…, /api/houses/:houseId/rental-parties).
// Shapes: @sentinel/contract.
import type { HouseRentalParty, Items, NewRentalPartyBody, PartyDwelling, RentalPartyFile, RentalPartyLinkBody, RentalPartySummary } from '@sentinel/contract';
import type { RentalPartyKind } from '@sentinel/domain';
import { get, post } from '../../app/request.ts';

export type { HouseRentalParty, NewRentalPartyBody, PartyDwelling, RentalPartyFile, RentalPartySummary };

const at = (partyId: string) => `/api/rental-parties/${encodeURIComponent(partyId)}`;

export const fetchParties = (query: { kind?: RentalPartyKind; search?: string }, signal?: AbortSignal) => get<Items<RentalPartySummary>>('/api/rental-parties', query, signal);
export const fetchPartyFile = (partyId: string, signal?: AbortSignal) => get<RentalPartyFile>(at(partyId), undefined, signal);
export const createParty = (body: NewRentalPartyBody) => post<RentalPartySummary & { existing: boolean }>('/api/rental-parties', body);
export const linkParty = (partyId: string, body: RentalPartyLinkBody) => post<RentalPartySummary>(`${at(partyId)}/links`, body);
export const revealParty = (partyId: string, purpose: string) => post<{ id: string; name: string; phone: string | null; idLast4: string | null }>(`${at(partyId)}/reveal`, { purpose });
export const creditRecordUrl = (partyId: string) => `${at(partyId)}/credit.xlsx`;
export const fetchHouseParties = (houseId: string, signal?: AbortSignal) => get<Items<HouseRentalParty>>(`/api/houses/${encodeURIComponent(houseId)}/rental-parties`, undefined, signal);
