// Chinese names of the imported tables and batch states.
import type { ImportBatch } from './service.ts';

export const TABLE_LABELS: Record<string, string> = {
  subdistricts: '街道', neighbourhoods: '居民区', communities: '小区', buildings: '楼栋', houses: '房屋', meters: '表计',
  readings: '抄表读数', meter_daily_consumption: '日用量（表）', access_events: '门禁记录', complaints: '投诉工单',
  inspections: '核查记录', import_batches: '导入批次', rejected_rows: '被拒行',
};

export const STATUS_LABELS: Record<ImportBatch['status'], { text: string; color: string }> = {
  running: { text: '导入中', color: 'processing' },
  imported: { text: '已导入', color: 'green' },
  unchanged: { text: '无变化', color: 'default' },
  failed: { text: '失败', color: 'red' },
};
