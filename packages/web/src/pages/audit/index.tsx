// 审计日志 (系统管理员): who did or looked at what, when and why — filtered
// by who (an account), what (an action or a family of them), which house
// (the house itself, or a document or photo of it) and when (days, Asia/
// Shanghai) — with 导出 Excel of the same filter (the export is audited too).
import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { AUDIT_ACTION_LABELS, AUDIT_TARGET_KIND_LABELS, ROLE_LABELS, type Role } from '@sentinel/domain';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { fetchUsers } from '../users/service.ts';
import { AUDIT_PAGE_LIMIT, auditExportUrl, fetchAudit, type AuditEntry, type AuditFilters } from './service.ts';

interface FormValues { actorId?: string; action?: string; houseId?: string; days?: [Dayjs | null, Dayjs | null] | null }

const ACTION_OPTIONS = [
  { value: 'personal_data.', label: '个人信息（全部）' },
  ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
];

const fmt = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};

/** The detail as JSON, with role codes written as their Chinese names (no English role code on any page). */
function detailText(d: Record<string, unknown>): string {
  return JSON.stringify(d, (_key, value: unknown) => (typeof value === 'string' && Object.hasOwn(ROLE_LABELS, value) ? ROLE_LABELS[value as Role] : value));
}

function toFilters(v: FormValues): AuditFilters {
  const [from, to] = v.days ?? [null, null];
  return {
    actorId: v.actorId || undefined, action: v.action || undefined, houseId: v.houseId?.trim() || undefined,
    from: from?.format('YYYY-MM-DD'), to: to?.format('YYYY-MM-DD'),
  };
}

export default function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const rows = useRequest((signal) => fetchAudit(filters, signal), [JSON.stringify(filters)]);
  const users = useRequest((signal) => fetchUsers(signal), []);
  const items = rows.data?.items ?? [];

  return (
    <Card title="审计日志" extra={<Button icon={<DownloadOutlined />} href={auditExportUrl(filters)} download>导出 Excel</Button>}>
      <Form<FormValues> layout="inline" onFinish={(v) => setFilters(toFilters(v))} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="actorId" label="操作人">
          <Select
            aria-label="操作人" allowClear showSearch optionFilterProp="label" style={{ width: 200 }} placeholder="全部"
            options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${ROLE_LABELS[u.role]}）` }))}
          />
        </Form.Item>
        <Form.Item name="action" label="操作">
          <Select aria-label="操作" allowClear showSearch optionFilterProp="label" style={{ width: 220 }} placeholder="全部" options={ACTION_OPTIONS} />
        </Form.Item>
        <Form.Item name="houseId" label="房屋编号"><Input aria-label="房屋编号" allowClear style={{ width: 140 }} /></Form.Item>
        <Form.Item name="days" label="日期"><DatePicker.RangePicker aria-label="日期" allowEmpty={[true, true]} /></Form.Item>
        <Form.Item><Button type="primary" htmlType="submit">查询</Button></Form.Item>
      </Form>
      <PageState loading={false} error={rows.error} onRetry={rows.reload}>
        <Typography.Paragraph type="secondary">
          {items.length >= AUDIT_PAGE_LIMIT ? `只显示最近 ${AUDIT_PAGE_LIMIT} 条，请缩小筛选范围或导出 Excel。` : `共 ${items.length} 条。`}
        </Typography.Paragraph>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={rows.loading}
          dataSource={items}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          scroll={{ x: 1000 }}
          data-testid="audit-table"
          columns={[
            { title: '时间', dataIndex: 'at', width: 170, render: fmt },
            { title: '操作人', key: 'actor', width: 180, render: (_: unknown, r) => `${r.actorName ?? r.actorId ?? '（未登录）'}${r.actorRole ? `（${ROLE_LABELS[r.actorRole as Role]}）` : ''}` },
            { title: '操作', dataIndex: 'actionLabel', width: 200, render: (l: string | undefined, r) => l ?? r.action },
            { title: '对象', key: 'target', width: 200, render: (_: unknown, r) => `${AUDIT_TARGET_KIND_LABELS[r.targetKind] ?? r.targetKind} ${r.targetId}` },
            { title: '目的', dataIndex: 'purpose', width: 160, render: (p: string | null) => p ?? '—' },
            { title: '详情', dataIndex: 'detail', render: (d: Record<string, unknown>) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{detailText(d)}</Typography.Text> },
          ]}
        />
      </PageState>
    </Card>
  );
}
