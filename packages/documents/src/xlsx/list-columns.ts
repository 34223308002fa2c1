// Column sets of the cockpit's lists, keyed by the field names of the data
// contract (docs/data-formats.md) and of ingest's RowIssue, so the
// server passes its rows as they are.
import { ALERT_LEVEL_LABELS, CASE_SOURCE_LABELS, CASE_STATE_LABELS } from '@sentinel/domain';
import type { XlsxColumn } from './to-xlsx.ts';

/** 预警列表 (alerts.csv plus the house's address and neighbourhood). */
export const ALERT_LIST_COLUMNS: readonly XlsxColumn[] = [
  { key: 'rank', header: '排名', format: 'integer', width: 8 },
  { key: 'house_id', header: '房屋编号', width: 14 },
  { key: 'address', header: '地址', width: 32 },
  { key: 'neighborhood', header: '居民区', width: 14 },
  { key: 'score', header: '群租概率', format: 'percent', width: 10 },
  { key: 'level', header: '预警等级', labels: ALERT_LEVEL_LABELS, width: 10 },
  { key: 'onset_date', header: '异常起始日', format: 'date', width: 12 },
  { key: 'estimated_occupants', header: '估计居住人数', format: 'decimal', width: 12 },
  { key: 'reasons', header: '预警原因', width: 60 },
];

/** 案件列表. */
export const CASE_LIST_COLUMNS: readonly XlsxColumn[] = [
  { key: 'case_id', header: '案件编号', width: 24 },
  { key: 'address', header: '地址', width: 32 },
  { key: 'neighborhood', header: '居民区', width: 14 },
  { key: 'source', header: '来源', labels: CASE_SOURCE_LABELS, width: 12 },
  { key: 'state', header: '状态', labels: CASE_STATE_LABELS, width: 14 },
  { key: 'assignee', header: '承办单位', width: 18 },
  { key: 'opened_at', header: '发现时间', format: 'datetime', width: 17 },
  { key: 'due_date', header: '办理期限', format: 'date', width: 12 },
  { key: 'deadline_status', header: '期限状态', width: 10 },
  { key: 'has_media', header: '有照片或视频', format: 'boolean', width: 12 },
];

/** 房屋列表 (houses.csv). */
export const HOUSE_LIST_COLUMNS: readonly XlsxColumn[] = [
  { key: 'house_id', header: '房屋编号', width: 14 },
  { key: 'subdistrict', header: '街道', width: 12 },
  { key: 'neighborhood', header: '居民区', width: 14 },
  { key: 'community', header: '小区', width: 14 },
  { key: 'building', header: '楼号', width: 8 },
  { key: 'unit', header: '单元', width: 8 },
  { key: 'room', header: '室号', width: 8 },
  { key: 'address', header: '地址', width: 32 },
  { key: 'area_m2', header: '建筑面积（㎡）', format: 'decimal', width: 12 },
  { key: 'bedrooms', header: '室', format: 'integer', width: 6 },
  { key: 'living_rooms', header: '厅', format: 'integer', width: 6 },
  { key: 'registered_residents', header: '登记人口', format: 'integer', width: 10 },
  { key: 'is_rental', header: '出租', format: 'boolean', width: 8 },
  { key: 'rental_filed', header: '已备案', format: 'boolean', width: 8 },
];

const SEVERITY_LABELS: Readonly<Record<string, string>> = { error: '错误（已拒收）', warning: '警告（已导入）' };

/** 导入拒收行 (ingest RowIssue). */
export const REJECTED_ROW_COLUMNS: readonly XlsxColumn[] = [
  { key: 'file', header: '文件', width: 24 },
  { key: 'line', header: '行号', format: 'integer', width: 8 },
  { key: 'column', header: '列', width: 16 },
  { key: 'reason', header: '原因', width: 40 },
  { key: 'severity', header: '级别', labels: SEVERITY_LABELS, width: 14 },
  { key: 'raw', header: '原始内容', width: 60 },
];
