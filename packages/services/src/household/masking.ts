// Personal data is shown masked unless a permitted user asks to see it for a
// stated purpose (and that view is logged).
import type { PartyRow } from '@sentinel/db';
import { INTERVIEW_PARTY_LABELS, type InterviewParty } from '@sentinel/domain';

/** The first character and always two stars: the mask must not tell the name's length (张 + 36 * did, issue #13). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '**' : `${chars[0]}**`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  return digits.length < 7 ? '*'.repeat(digits.length) : `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

export interface PartyView {
  readonly id: string;
  readonly kind: InterviewParty;
  readonly kindLabel: string;
  readonly name: string;
  readonly phone: string | null;
  readonly idLast4: string | null;
  /** false = masked. */
  readonly revealed: boolean;
}

export function partyView(p: PartyRow, reveal: boolean): PartyView {
  return {
    id: p.id, kind: p.kind, kindLabel: INTERVIEW_PARTY_LABELS[p.kind],
    name: reveal ? p.name : maskName(p.name),
    phone: p.phone === null ? null : reveal ? p.phone : maskPhone(p.phone),
    idLast4: p.idLast4 === null ? null : reveal ? p.idLast4 : '****',
    revealed: reveal,
  };
}
