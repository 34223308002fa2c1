// 数字吹哨: detection runs, today's alerts and one house's scores across runs.
import { Type, type Static } from '@sinclair/typebox';
import { ALERT_LEVELS } from '@sentinel/domain';
import { Day, DateTime, lit, Nullable, Text } from './kit.ts';
import { MAX_LABEL } from './limits.ts';

export const AlertLevelT = lit(ALERT_LEVELS, '红 red / 黄 yellow / 绿 green');

export const DetectionRun = Type.Object({
  id: Type.String(),
  startedAt: DateTime(),
  finishedAt: DateTime(),
  asOfDay: Type.String({ description: '检测日期：只使用截至当日 24:00（上海时间）已知的数据' }),
  modelVersion: Type.String(),
  params: Type.Record(Type.String(), Type.Unknown(), { description: '模型参数（可复现）' }),
  calibration: Nullable(Type.Object({ a: Type.Number(), b: Type.Number(), n: Type.Integer({ description: '用于校准的核查结果数；0 = 未校准' }) })),
  status: lit(['succeeded', 'failed'] as const, 'succeeded 成功 / failed 失败'),
  houseCount: Type.Integer(), redCount: Type.Integer(), yellowCount: Type.Integer(), greenCount: Type.Integer(),
  labelCount: Type.Integer({ description: '可用的核查结果（导入的核查 + 案件核实）' }),
  triggeredBy: Type.String({ description: '用户编号，或 system（系统自动）' }),
  durationMs: Type.Integer(),
  error: Nullable(Type.String()),
});
export type DetectionRun = Static<typeof DetectionRun>;

export const Alert = Type.Object({
  houseId: Type.String(), rank: Type.Integer({ description: '1 = 最可疑' }), score: Type.Number({ description: '群租概率 0..1' }), level: AlertLevelT,
  onsetDay: Nullable(Type.String({ description: '异常开始日期' })), estimatedOccupants: Nullable(Type.Number({ description: '估计居住人数' })),
  reasons: Type.Array(Type.String()), address: Type.String(), neighborhood: Type.String({ description: '居民区' }),
  community: Type.String({ description: '小区' }), openCaseId: Nullable(Type.String({ description: '在办案件（内部编号，链接用）' })), openCaseNumber: Nullable(Type.String({ description: '在办案件编号' })),
});
export type Alert = Static<typeof Alert>;

/** Today's alerts: the latest succeeded run and a page of its alerts inside the jurisdiction. */
export const AlertPage = Type.Object({ run: Nullable(DetectionRun), total: Type.Integer(), items: Type.Array(Alert) });
export type AlertPage = Static<typeof AlertPage>;

/** The alert list's filters (the list and its XLSX export). */
export const AlertFilter = Type.Object({
  level: Type.Optional(Type.Array(AlertLevelT, { maxItems: ALERT_LEVELS.length, description: '预警等级，可多选' })),
  neighborhood: Type.Optional(Text(MAX_LABEL, { description: '居民区' })),
  community: Type.Optional(Text(MAX_LABEL, { description: '小区' })),
  minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: '最低分值' })),
});

export const RunDetectionBody = Type.Object({ asOf: Type.Optional(Day()) });

export const RunStarted = Type.Object({
  run: DetectionRun,
  top: Type.Array(Type.Object({ houseId: Type.String(), rank: Type.Integer(), score: Type.Number(), level: AlertLevelT, reasons: Type.Array(Type.String()) })),
});
export type RunStarted = Static<typeof RunStarted>;

/** The house's score in one detection run (oldest first). */
export const HouseAlertPoint = Type.Object({
  runId: Type.String(), startedAt: DateTime(), asOfDay: Type.String(), modelVersion: Type.String(),
  rank: Type.Integer(), houseCount: Type.Integer(), score: Type.Number(), level: AlertLevelT, onsetDay: Nullable(Type.String()), reasons: Type.Array(Type.String()),
});
export type HouseAlertPoint = Static<typeof HouseAlertPoint>;
