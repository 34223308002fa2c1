// The summary `sentinel detect --db` and the first start print for a stored
// run: counts by level, then the ten most suspicious houses with their reasons.
import type { RunDetectionResult } from '@sentinel/services';

const LEVEL_LABEL = { red: '红', yellow: '黄', green: '绿' } as const;

export function formatRunSummary(result: RunDetectionResult): string {
  const r = result.run;
  const lines = [
    `检测批次 run ${r.id}（检测日期 as of ${r.asOfDay}，模型 ${r.modelVersion}，用时 ${(r.durationMs / 1000).toFixed(1)} s）`,
    `${r.houseCount} 户：红色 ${r.redCount}，黄色 ${r.yellowCount}，绿色 ${r.greenCount}` +
      (r.calibration && r.calibration.n > 0 ? `；按 ${r.calibration.n} 次核查结果校准` : '') + `（可用核查结果 ${r.labelCount}）`,
  ];
  if (result.top.length > 0) lines.push('最可疑的房屋 top houses:');
  for (const a of result.top) {
    lines.push(`  ${String(a.rank).padStart(3)}. ${a.houseId}  ${LEVEL_LABEL[a.level]} ${a.score.toFixed(4)}  ${a.reasons.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
