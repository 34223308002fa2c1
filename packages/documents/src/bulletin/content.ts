// A computed bulletin as a document (DOCX / PDF via the writers) and as
// spreadsheet tables (XLSX). Figures are printed with their parts (7/8) so a
// reader can check them.
import { FIGURE_DEFINITIONS as DEF } from '@sentinel/domain';
import type { BarChartBlock, ContentBlock, DocumentContent } from '../content.ts';
import { formatChineseDate, formatChinesePeriod } from '../format/chinese-date.ts';
import { formatDays, formatPercent } from '../format/numbers.ts';
import type { XlsxSheet } from '../xlsx/to-xlsx.ts';
import type { MonthFigures } from './history.ts';
import { hasActivity } from './ranking.ts';
import type { Bulletin, BulletinFigures, Rate } from './types.ts';

export interface BulletinMeta {
  /** 辖区, e.g. `上钢新村街道`. */
  readonly jurisdiction: string;
  /** Period name for the title, e.g. `2026年9月`. */
  readonly periodLabel: string;
  /** 发文机关 (版头 and 落款), e.g. `临汾路街道办事处`. */
  readonly issuingUnit: string;
  readonly issuedDay: number;
  /** 文号 once issued; null prints the bulletin as an unnumbered draft (草稿). */
  readonly documentNumber?: string | null;
  /** Month-by-month 认定 / 处置 up to the period's end, for the trend chart. */
  readonly history?: readonly MonthFigures[];
}

const ratio = (r: Rate): string => `${formatPercent(r.rate)}（${r.numerator}/${r.denominator}）`;

/** 疏堵结合: how many cleared tenants were offered a referral bed, and placed. */
export function referralSentence(r: Bulletin['referral']): string {
  if (r.offered === 0) return '疏堵结合：本期未登记向清退租户推荐疏导房源。';
  return `疏堵结合：本期为 ${r.cases} 起案件中清退的租户推荐疏导房源 ${r.offered} 人，已入住 ${r.placed} 人（${r.percentPlaced}%），谢绝 ${r.declined} 人，待定 ${r.pending} 人。`;
}

/** The overall indicators: name, printed value, how it is computed. */
export function figureRows(f: BulletinFigures): string[][] {
  return [
    [DEF.discovered.label, String(f.discovered), DEF.discovered.definition],
    [DEF.confirmed.label, String(f.confirmed), DEF.confirmed.definition],
    [DEF.proactiveDiscovery.label, ratio(f.proactiveDiscovery), DEF.proactiveDiscovery.definition],
    [DEF.disposal.label, ratio(f.disposal), DEF.disposal.definition],
    [DEF.visibility.label, ratio(f.visibility), DEF.visibility.definition],
    [DEF.relapse.label, ratio(f.relapse), DEF.relapse.definition],
    ['异常起始至发现（天，中位数）', `${formatDays(f.onsetToDiscoveryDays.median)}（${f.onsetToDiscoveryDays.count} 户）`, '统计期内认定的群租，预警异常起始日至立案日'],
    ['发现至整改（天，中位数）', `${formatDays(f.discoveryToRectificationDays.median)}（${f.discoveryToRectificationDays.count} 户）`, '统计期内整改的群租，立案日至整改日'],
    ['数字吹哨预警（条）', String(f.alertsRaised), '统计期内产生的预警数'],
    ['预警核实准确率', ratio(f.alertConfirmation), '统计期内完成现场核实的预警中，认定为群租的比例'],
    ['12345 群租投诉（件）', String(f.complaints12345), '统计期内 12345 热线群租类工单数'],
  ];
}

const RANKING_COLUMNS = ['排名', '居民区', '发现', '认定', '处置率', '可视率', '回潮率', '发现至整改中位天数', '12345 投诉', '综合得分'];

function rankingRows(b: Bulletin): string[][] {
  return b.neighborhoods.map((n) => [
    String(n.rank),
    n.neighborhood,
    String(n.figures.discovered),
    String(n.figures.confirmed),
    formatPercent(n.figures.disposal.rate),
    formatPercent(n.figures.visibility.rate),
    formatPercent(n.figures.relapse.rate),
    formatDays(n.figures.discoveryToRectificationDays.median),
    String(n.figures.complaints12345),
    String(n.score),
  ]);
}

function chart(title: string, b: Bulletin, value: (f: BulletinFigures) => number, label: (f: BulletinFigures) => string, max: number | null): BarChartBlock {
  return {
    type: 'bar_chart',
    title,
    bars: b.neighborhoods.map((n) => ({ label: n.neighborhood, value: value(n.figures) })),
    valueLabels: b.neighborhoods.map((n) => label(n.figures)),
    max,
  };
}

function historyCharts(history: readonly MonthFigures[]): BarChartBlock[] {
  if (history.length === 0) return [];
  const max = Math.max(1, ...history.flatMap((m) => [m.confirmed, m.disposed]));
  return [
    { type: 'bar_chart', title: '近几个月认定群租（户）', bars: history.map((m) => ({ label: m.label, value: m.confirmed })), valueLabels: history.map((m) => String(m.confirmed)), max },
    { type: 'bar_chart', title: '近几个月认定后已整改（户）', bars: history.map((m) => ({ label: m.label, value: m.disposed })), valueLabels: history.map((m) => String(m.disposed)), max },
  ];
}

/** `综合排名第一的是A。` / `B、C并列综合排名第一。`; nothing when no neighbourhood had a case to rank on. */
function leaderSentence(b: Bulletin): string {
  if (!b.neighborhoods.some((n) => hasActivity(n.figures))) return '本期各居民区均无群租案件和投诉，不作排名。';
  const first = b.neighborhoods.filter((n) => n.rank === 1).map((n) => n.neighborhood);
  if (first.length === 1) return `综合排名第一的是${first[0]}。`;
  return `${first.join('、')}并列综合排名第一。`;
}

export function bulletinContent(b: Bulletin, meta: BulletinMeta): DocumentContent {
  const f = b.overall;
  const blocks: ContentBlock[] = [
    { type: 'paragraph', text: `统计期间：${formatChinesePeriod(b.period.fromDay, b.period.toDay)}。`, align: 'left', indent: false, bold: false },
    {
      type: 'paragraph',
      text:
        `本期${meta.jurisdiction}共发现疑似群租 ${f.discovered} 户，认定群租 ${f.confirmed} 户，处置率 ${formatPercent(f.disposal.rate)}，` +
        `可视率 ${formatPercent(f.visibility.rate)}，回潮率 ${formatPercent(f.relapse.rate)}；数字吹哨预警 ${f.alertsRaised} 条，` +
        `核实准确率 ${formatPercent(f.alertConfirmation.rate)}；12345 群租投诉 ${f.complaints12345} 件。` +
        (b.neighborhoods.length > 0 ? leaderSentence(b) : ''),
      align: 'left',
      indent: true,
      bold: false,
    },
    { type: 'heading', text: '一、总体情况' },
    { type: 'table', columns: ['指标', '数值', '计算口径'], rows: figureRows(f), widths: [3, 2, 5] },
    { type: 'paragraph', text: referralSentence(b.referral), align: 'left', indent: true, bold: false },
    { type: 'heading', text: '二、各居民区排名' },
    { type: 'table', columns: RANKING_COLUMNS, rows: rankingRows(b), widths: [1, 3, 1, 1, 2, 2, 2, 2, 2, 2] },
    { type: 'heading', text: '三、图表' },
    ...historyCharts(meta.history ?? []),
    chart('各居民区认定群租（户）', b, (x) => x.confirmed, (x) => String(x.confirmed), null),
    // A neighbourhood with nothing confirmed has no 处置率: printed 「—」, not an empty bar that reads as 0%.
    chart('各居民区处置率', b, (x) => x.disposal.rate ?? 0, (x) => formatPercent(x.disposal.rate), 1),
    chart('各居民区 12345 群租投诉（件）', b, (x) => x.complaints12345, (x) => String(x.complaints12345), null),
  ];
  if (!meta.documentNumber) blocks.unshift({ type: 'paragraph', text: '（草稿：尚未出具，无文号）', align: 'center', indent: false, bold: true });
  return {
    title: `${meta.jurisdiction}群租治理工作通报（${meta.periodLabel}）`,
    number: meta.documentNumber ?? null,
    blocks,
    signature: { unit: meta.issuingUnit, date: formatChineseDate(meta.issuedDay), lines: [] },
  };
}

/** The bulletin's tables for XLSX: real numbers (rates as 0..1 with a % format). */
export function bulletinSheets(b: Bulletin): XlsxSheet[] {
  const f = b.overall;
  const count = (name: string, value: number | null, n: number | null = null) => ({ name, value, rate: null, numerator: null, denominator: n });
  const share = (name: string, r: Rate) => ({ name, value: null, rate: r.rate, numerator: r.numerator, denominator: r.denominator });
  const overall = [
    count('发现疑似群租（户）', f.discovered),
    count('认定群租（户）', f.confirmed),
    share('主动发现率', f.proactiveDiscovery),
    share('处置率', f.disposal),
    share('可视率', f.visibility),
    share('回潮率', f.relapse),
    count('异常起始至发现中位天数', f.onsetToDiscoveryDays.median, f.onsetToDiscoveryDays.count),
    count('发现至整改中位天数', f.discoveryToRectificationDays.median, f.discoveryToRectificationDays.count),
    count('数字吹哨预警（条）', f.alertsRaised),
    share('预警核实准确率', f.alertConfirmation),
    count('12345 群租投诉（件）', f.complaints12345),
    count('疏堵结合：推荐疏导（人）', b.referral.offered, b.referral.cases),
    share('疏堵结合：已入住', { numerator: b.referral.placed, denominator: b.referral.offered, rate: b.referral.offered === 0 ? null : b.referral.placed / b.referral.offered }),
  ];
  return [
    {
      sheetName: '总体指标',
      // Counts and days in one column, rates (0..1 shown as %) in another: a
      // column has one number format.
      columns: [
        { key: 'name', header: '指标', width: 26 },
        { key: 'value', header: '数值', format: 'decimal', width: 12 },
        { key: 'rate', header: '比率', format: 'percent', width: 10 },
        { key: 'numerator', header: '分子', format: 'integer', width: 8 },
        { key: 'denominator', header: '分母（或户数）', format: 'integer', width: 14 },
      ],
      rows: overall,
    },
    {
      sheetName: '居民区排名',
      columns: [
        { key: 'rank', header: '排名', format: 'integer', width: 6 },
        { key: 'neighborhood', header: '居民区', width: 16 },
        { key: 'discovered', header: '发现', format: 'integer', width: 8 },
        { key: 'confirmed', header: '认定', format: 'integer', width: 8 },
        { key: 'disposal', header: '处置率', format: 'percent', width: 10 },
        { key: 'visibility', header: '可视率', format: 'percent', width: 10 },
        { key: 'relapse', header: '回潮率', format: 'percent', width: 10 },
        { key: 'onsetMedian', header: '异常起始至发现中位天数', format: 'decimal', width: 14 },
        { key: 'rectifyMedian', header: '发现至整改中位天数', format: 'decimal', width: 14 },
        { key: 'alertConfirmation', header: '预警核实准确率', format: 'percent', width: 12 },
        { key: 'complaints12345', header: '12345 群租投诉', format: 'integer', width: 12 },
        { key: 'score', header: '综合得分', format: 'decimal', width: 10 },
      ],
      rows: b.neighborhoods.map((n) => ({
        rank: n.rank,
        neighborhood: n.neighborhood,
        discovered: n.figures.discovered,
        confirmed: n.figures.confirmed,
        disposal: n.figures.disposal.rate,
        visibility: n.figures.visibility.rate,
        relapse: n.figures.relapse.rate,
        onsetMedian: n.figures.onsetToDiscoveryDays.median,
        rectifyMedian: n.figures.discoveryToRectificationDays.median,
        alertConfirmation: n.figures.alertConfirmation.rate,
        complaints12345: n.figures.complaints12345,
        score: n.score,
      })),
    },
  ];
}
