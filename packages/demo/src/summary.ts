// The summary `sentinel demo` prints: Chinese first, then English.
import type { DemoSummary } from './generate.ts';

const PROFILE_LABELS: Record<string, string> = {
  vacant: '空置', single: '独居', couple: '两口之家', family: '核心家庭', multigen_family: '多代同堂',
  shared_rental: '合租(合法)', group_rental: '群租', leak: '漏水', home_business: '家庭经营', shop: '底商', new_tenant: '新租户',
};

export function formatSummary(s: DemoSummary, seconds: number, outDir: string): string {
  const lines: string[] = [];
  const mb = (s.bytes / 1e6).toFixed(1);
  lines.push(`演示数据已生成 Demo dataset written: ${outDir} (${mb} MB, ${seconds.toFixed(1)} s)`);
  lines.push(`  房屋 houses: ${s.houses}  小区 compounds: ${s.compounds}  居民区 neighbourhoods: ${s.neighborhoods}`);
  lines.push(`  表计 meters: 水 water ${s.meters.water}, 电 electricity ${s.meters.electricity}, 燃气 gas ${s.meters.gas}`);
  lines.push(`  读数 readings: ${s.readings.rows} (重复 duplicates ${s.readings.duplicates}, 估抄 estimated ${s.readings.estimated}, 异常读数 misreads ${s.readings.glitches}, 翻转 rollovers ${s.readings.rollovers}, 月抄表 monthly meters ${s.readings.monthlyMeters}) in ${s.readingFiles.join(', ')}`);
  lines.push(`  门禁 access events: ${s.accessEvents} (试点 pilot: ${s.pilotCompounds.join('、')}, ${s.pilotHouses} houses)`);
  lines.push(`  投诉 complaints: ${s.complaints} (含换行 with quoted newlines: ${s.complaintQuotedNewlines})  核查 inspections: ${s.inspections}`);
  lines.push(`  群租 group rentals: ${s.groupRentalHouses} houses, ${s.groupRentalEpisodes} episodes, ${s.relapseHouses} relapsed (回潮); on the last day ${s.groupRentalsOnLastDay} (${((100 * s.groupRentalsOnLastDay) / Math.max(1, s.houses)).toFixed(2)}%), daily average ${(100 * s.groupRentalShareAvg).toFixed(2)}%`);
  lines.push(`  干扰项 confounders: ${s.confounders}`);
  lines.push(`  类型 profiles: ${Object.entries(s.profiles).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${PROFILE_LABELS[k] ?? k} ${k} ${v}`).join(', ')}`);
  const planted = Object.entries(s.planted).filter(([, v]) => Object.keys(v).length > 0);
  if (planted.length > 0) {
    const total = planted.reduce((n, [, v]) => n + Object.values(v).reduce((a, b) => a + (b ?? 0), 0), 0);
    lines.push(`  --messy 预埋错误行 planted bad rows (each an extra row with one defect; total ${total}):`);
    for (const [table, v] of planted) lines.push(`    ${table}: ${Object.entries(v).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
