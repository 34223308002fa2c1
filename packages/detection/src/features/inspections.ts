// The inspection history of each house up to the as-of day: the latest
// confirmed, not-confirmed and no-access visits. How they count depends on
// what the meters did afterwards (rectified? relapsed?), decided in the model.
import type { InspectionFact } from '../types.ts';

export interface InspectionHistory {
  lastConfirmed: number;    // day, -1 = none
  lastNotConfirmed: number; // day, -1 = none
  lastNoAccess: number;     // day, -1 = none
  noAccessCount: number;
  occupantsFound: number | null; // at the latest confirmed visit
}

export function inspectionHistories(inspections: InspectionFact[], asOfDay: number): Map<number, InspectionHistory> {
  const out = new Map<number, InspectionHistory>();
  for (const i of inspections) {
    if (i.houseIdx < 0 || i.day > asOfDay) continue;
    let hist = out.get(i.houseIdx);
    if (!hist) {
      hist = { lastConfirmed: -1, lastNotConfirmed: -1, lastNoAccess: -1, noAccessCount: 0, occupantsFound: null };
      out.set(i.houseIdx, hist);
    }
    if (i.result === 'confirmed' && i.day >= hist.lastConfirmed) {
      hist.lastConfirmed = i.day;
      hist.occupantsFound = i.occupants;
    } else if (i.result === 'not_confirmed' && i.day > hist.lastNotConfirmed) {
      hist.lastNotConfirmed = i.day;
    } else if (i.result === 'no_access') {
      hist.noAccessCount++;
      if (i.day > hist.lastNoAccess) hist.lastNoAccess = i.day;
    }
  }
  return out;
}
