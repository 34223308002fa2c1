// 人员分类与房东信用: landlords, sublessors (二房东), rental companies and
// brokers across dwellings, their history and credit record, and the other
// dwellings of a party as a lead list. A person's name and phone arrive
// masked unless revealed for a stated purpose (audited).
import { Type, type Static } from '@sinclair/typebox';
import { CASE_STATES, CREDIT_OFFENCES, PARTY_LINK_ROLES, RENTAL_PARTY_KINDS } from '@sentinel/domain';
import { Day, Id, lit, NameText, Nullable, Text } from './kit.ts';
import { MAX_LABEL, MAX_NOTE } from './limits.ts';

const Kind = lit(RENTAL_PARTY_KINDS, 'person 个人（房东、二房东）/ rental_company 住房租赁企业 / broker 房地产经纪机构');
const LinkRole = lit(PARTY_LINK_ROLES, 'owner 业主 / sublessor 转租人（二房东）/ operator 经营企业 / broker 居间中介');

export const NewRentalPartyBody = Type.Object({
  kind: Kind,
  name: NameText({ minLength: 1, description: '姓名或单位名称（不得含身份证号）' }),
  phone: Type.Optional(Nullable(Text(20))),
  idLast4: Type.Optional(Nullable(Text(4, { description: '个人：证件号末 4 位' }))),
  creditCode: Type.Optional(Nullable(Text(18, { description: '单位：统一社会信用代码' }))),
  note: Type.Optional(Nullable(Text(MAX_NOTE))),
  /** The first dwelling the party stands behind (a party is always seen through a dwelling). */
  houseId: Id({ minLength: 1 }),
  role: LinkRole,
  fromDay: Type.Optional(Nullable(Day('自何日起（此前的违法记录不计入）'))),
});
export type NewRentalPartyBody = Static<typeof NewRentalPartyBody>;

export const RentalPartyLinkBody = Type.Object({
  houseId: Id({ minLength: 1 }),
  role: LinkRole,
  fromDay: Type.Optional(Nullable(Day('自何日起（此前的违法记录不计入）'))),
});
export type RentalPartyLinkBody = Static<typeof RentalPartyLinkBody>;

export const RevealBody = Type.Object({ purpose: Text(MAX_LABEL, { minLength: 2, description: '查看目的（记入审计日志）' }) });

export const CreditSummary = Type.Object({
  score: Type.Integer({ minimum: 0 }), band: Type.String(), inForce: Type.Integer({ minimum: 0, description: '有效（未过期）记录条数' }),
});

export const RentalPartySummary = Type.Object({
  id: Type.String(), kind: Kind, kindLabel: Type.String(),
  name: Type.String({ description: '个人默认脱敏' }), phone: Nullable(Type.String()), idLast4: Nullable(Type.String()), creditCode: Nullable(Type.String()),
  note: Nullable(Type.String()),
  /** false = masked (a person); an organisation's name is not personal data. */
  revealed: Type.Boolean(),
  roles: Type.Array(LinkRole, { description: '在辖区内房屋中的身份' }),
  dwellings: Type.Integer({ minimum: 0, description: '辖区内关联房屋数' }),
  dwellingsOutside: Type.Integer({ minimum: 0, description: '辖区外关联房屋数（不显示地址）' }),
  credit: CreditSummary,
});
export type RentalPartySummary = Static<typeof RentalPartySummary>;

export const PartyDwelling = Type.Object({
  houseId: Type.String(), address: Type.String(), neighborhood: Type.String(), community: Type.String(),
  role: LinkRole, roleLabel: Type.String(), fromDay: Nullable(Type.String()),
  level: Nullable(Type.String({ description: '最新一次数字吹哨：red / yellow / green' })), score: Nullable(Type.Number()),
  caseId: Nullable(Type.String()), caseNumber: Nullable(Type.String()), caseState: Nullable(lit(CASE_STATES)), caseStateLabel: Nullable(Type.String()),
  /** No case open on it: a lead to check (该当事人的其他房屋). */
  lead: Type.Boolean(),
});
export type PartyDwelling = Static<typeof PartyDwelling>;

export const PartyHistoryEntry = Type.Object({
  day: Type.String(), caseId: Type.String(), caseNumber: Type.String(), houseId: Type.String(), address: Type.String(),
  state: lit(CASE_STATES), stateLabel: Type.String(),
});

export const CreditEntryT = Type.Object({
  offence: lit(CREDIT_OFFENCES), label: Type.String(), points: Type.Integer({ minimum: 0 }),
  day: Type.String({ description: '发生日' }), expiresDay: Type.String({ description: '失效日（当日起不再计入）' }), inForce: Type.Boolean(),
  role: LinkRole, roleLabel: Type.String(),
  caseNumber: Type.String(),
  /** Null when the dwelling lies outside the user's jurisdiction (the case number still identifies the evidence). */
  caseId: Nullable(Type.String()), houseId: Nullable(Type.String()), address: Nullable(Type.String()),
});
export type CreditEntryT = Static<typeof CreditEntryT>;

export const RentalPartyFile = Type.Object({
  party: RentalPartySummary,
  dwellings: Type.Array(PartyDwelling),
  history: Type.Array(PartyHistoryEntry),
  credit: Type.Object({ score: Type.Integer(), band: Type.String(), baseScore: Type.Integer(), asOf: Type.String(), entries: Type.Array(CreditEntryT) }),
});
export type RentalPartyFile = Static<typeof RentalPartyFile>;

export const HouseRentalParty = Type.Object({
  party: RentalPartySummary,
  role: LinkRole, roleLabel: Type.String(),
  /** The party's other dwellings inside the jurisdiction (该二房东的其他房屋), leads first. */
  otherDwellings: Type.Array(PartyDwelling),
});
export type HouseRentalParty = Static<typeof HouseRentalParty>;

export const RentalPartyQuery = Type.Object({
  kind: Type.Optional(Kind),
  search: Type.Optional(Text(MAX_LABEL, { description: '按名称查找' })),
});

export const RevealedRentalParty = Type.Object({ id: Type.String(), name: Type.String(), phone: Nullable(Type.String()), idLast4: Nullable(Type.String()) });
