// 一户一档: the household file, its people (masked unless revealed), the
// daily consumption with the peers' band, and the door access (门禁) figures.
import { Type, type Static } from '@sinclair/typebox';
import { INTERVIEW_PARTIES, METER_KINDS } from '@sentinel/domain';
import { Case, Checklist } from './cases.ts';
import { House } from './houses.ts';
import { DateTime, lit, NameText, Nullable, Text } from './kit.ts';
import { MAX_NOTE } from './limits.ts';

export const Party = Type.Object({
  id: Type.String(), kind: lit(INTERVIEW_PARTIES), kindLabel: Type.String(), name: Type.String(), phone: Nullable(Type.String()), idLast4: Nullable(Type.String()),
  revealed: Type.Boolean({ description: 'false 表示已脱敏' }),
});
export type Party = Static<typeof Party>;

export const NewPartyBody = Type.Object({
  kind: lit(INTERVIEW_PARTIES),
  name: NameText({ minLength: 1, maxLength: 40, description: '姓名（不得填写身份证号）' }),
  phone: Type.Optional(Nullable(Text(40))),
  idLast4: Type.Optional(Nullable(Text(4))),
});

export const Purpose = (minLength = 0) => Text(MAX_NOTE, { minLength, description: '查看目的' });

export const HouseholdFile = Type.Object({
  house: House,
  labels: Type.Array(Type.Object({ label: Type.String(), labelText: Type.String(), caseId: Nullable(Type.String()), setAt: Type.String(), removedAt: Nullable(Type.String()) })),
  parties: Type.Array(Party),
  meters: Type.Array(Type.Object({
    meterId: Type.String(), kind: Type.String(), unit: Type.String(), installedAt: Nullable(Type.String()), removedAt: Nullable(Type.String()),
    startDay: Nullable(Type.String()), days: Type.Integer(), measuredDays: Type.Integer(), total: Nullable(Type.Number()),
    last30DailyMean: Nullable(Type.Number()), readingErrors: Type.Integer(),
  })),
  alerts: Type.Array(Type.Object({
    caseId: Type.String(), openedAt: Type.String(), score: Type.Number(), level: Type.String(), reasons: Type.Array(Type.String()), runId: Nullable(Type.String()),
  })),
  complaints: Type.Array(Type.Object({ ticketId: Type.String(), receivedAt: DateTime(), channel: Type.String(), category: Nullable(Type.String()), content: Nullable(Type.String()) })),
  cases: Type.Array(Case),
  inspections: Type.Array(Type.Object({
    source: Type.String(), caseId: Nullable(Type.String()), at: Type.String(), result: Type.String(), occupants: Nullable(Type.Integer()), checklist: Nullable(Checklist),
    verdict: Nullable(Type.String()), notes: Nullable(Type.String()),
  })),
  notices: Type.Array(Type.Object({ caseId: Type.String(), caseNumber: Type.String(), kind: Type.String(), kindLabel: Type.String(), servedAt: Type.String(), photoIds: Type.Array(Type.String()) })),
  attachments: Type.Array(Type.Object({ id: Type.String(), mime: Type.String(), sizeBytes: Type.Integer(), caseId: Nullable(Type.String()), uploadedAt: Type.String() })),
});
export type HouseholdFile = Static<typeof HouseholdFile>;

export const PEER_LEVELS = ['community', 'neighborhood', 'district'] as const;
export type PeerLevel = (typeof PEER_LEVELS)[number];

export const ConsumptionSeries = Type.Object({
  kind: lit(METER_KINDS, 'water 水 / electricity 电 / gas 燃气'),
  unit: Type.String({ description: 'm3 或 kWh（每日）' }),
  days: Type.Array(Type.String({ description: 'YYYY-MM-DD' })),
  amounts: Type.Array(Nullable(Type.Number()), { description: '每日用量；null 表示未知' }),
  peer: Nullable(Type.Object({
    level: lit(PEER_LEVELS, '同小区同户型 / 同居民区同户型 / 全街道同户型'),
    peers: Type.Integer({ description: '参照户数' }),
    p25: Type.Array(Nullable(Type.Number())),
    median: Type.Array(Nullable(Type.Number())),
    p75: Type.Array(Nullable(Type.Number())),
  })),
});
export type ConsumptionSeries = Static<typeof ConsumptionSeries>;

export const HouseConsumption = Type.Object({ houseId: Type.String(), series: Type.Array(ConsumptionSeries) });
export type HouseConsumption = Static<typeof HouseConsumption>;

const Counts = (description: string) => Type.Array(Type.Number(), { description });

/** Door access (门禁) of one house, counted as the whistle counts it. */
export const HouseDoorAccess = Type.Object({
  houseId: Type.String(),
  covered: Type.Boolean({ description: 'false = 本小区未接入门禁数据（无任何数字）' }),
  night: Type.Object({
    fromMinute: Type.Integer({ description: '夜间起（当日分钟，23:00 = 1380）' }),
    toMinute: Type.Integer({ description: '夜间止（不含，05:00 = 300）' }),
  }, { description: '夜间定义，与数字吹哨相同' }),
  days: Type.Array(Type.String({ description: 'YYYY-MM-DD' })),
  events: Counts('每日本户登记凭证进出次数'),
  credentials: Counts('每日本户不同登记凭证数'),
  nightEvents: Counts('每日夜间进出次数'),
  unregisteredShare: Counts('每日本户所用门的不同未登记凭证数（按使用该门的户数分摊）'),
  recent: Nullable(Type.Object({
    from: Type.String(),
    to: Type.String(),
    credentials: Type.Integer({ description: '近30天不同登记凭证数（吹哨理由中的数字）' }),
    events: Type.Integer(),
    nightEvents: Type.Integer({ description: '近30天夜间进出次数（吹哨理由中的数字）' }),
    unregisteredShare: Type.Number({ description: '近30天所用门的不同未登记凭证数（分摊）' }),
    doors: Type.Integer({ description: '本户登记凭证使用过的门数' }),
    peer: Nullable(Type.Object({
      median: Type.Number({ description: '同小区同户型（有门禁数据的住户，含本户）近30天不同凭证数中位数' }),
      houses: Type.Integer({ description: '参照户数' }),
    })),
    credentialList: Type.Array(Type.Object({
      label: Type.String({ description: '凭证编号末四位（不显示完整编号）' }),
      events: Type.Integer(),
      nightEvents: Type.Integer(),
      firstDay: Type.String(),
      lastDay: Type.String(),
    })),
  }, { description: '近30天（截至最后一天）汇总；未接入时为 null' })),
});
export type HouseDoorAccess = Static<typeof HouseDoorAccess>;
