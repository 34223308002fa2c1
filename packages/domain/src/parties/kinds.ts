// The people and organisations behind rented dwellings (人员分类): a landlord
// or sublessor (二房东) is a person; a rental company (住房租赁企业) or a
// broker (房地产经纪机构) is an organisation. One party stands behind many
// dwellings, each link saying in what capacity.

export const RENTAL_PARTY_KINDS = ['person', 'rental_company', 'broker'] as const;
export type RentalPartyKind = (typeof RENTAL_PARTY_KINDS)[number];

export const RENTAL_PARTY_KIND_LABELS: Record<RentalPartyKind, string> = {
  person: '个人（房东、二房东）',
  rental_company: '住房租赁企业',
  broker: '房地产经纪机构',
};

/** In what capacity a party stands behind one dwelling. */
export const PARTY_LINK_ROLES = ['owner', 'sublessor', 'operator', 'broker'] as const;
export type PartyLinkRole = (typeof PARTY_LINK_ROLES)[number];

export const PARTY_LINK_ROLE_LABELS: Record<PartyLinkRole, string> = {
  owner: '业主（房东）',
  sublessor: '转租人（二房东）',
  operator: '经营企业',
  broker: '居间中介',
};

/** Which capacities each kind of party may hold (a broker places tenants, it does not let the flat). */
export const LINK_ROLES_OF_KIND: Record<RentalPartyKind, readonly PartyLinkRole[]> = {
  person: ['owner', 'sublessor'],
  rental_company: ['owner', 'sublessor', 'operator'],
  broker: ['broker'],
};

/** A person's name and phone are personal data (masked, audited); an organisation's are not. */
export const isPersonalParty = (kind: RentalPartyKind): boolean => kind === 'person';

/** 统一社会信用代码: 18 characters, digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Whose personal-data rule a capacity falls under (the house file's owner / sublessor rules). */
export const REVEALABLE_LINK_ROLES: Record<PartyLinkRole, readonly ('owner' | 'sublessor')[]> = {
  owner: ['owner'],
  sublessor: ['sublessor'],
  operator: ['sublessor'],
  broker: ['sublessor'],
};
