// 文书模板 (系统管理员): the five documents of a case (附件 1-5 of the 双清
// plan) — each with its template version, whether it is the shipped default or
// an edited copy (when, by whom), and the 发文机关 that issues it. 编辑 opens
// the template editor; 恢复默认 drops the edited copy. Documents already issued
// keep their text; every later one uses the template in force.
import { useState } from 'react';
import { App, Button, Card, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { DOCUMENT_ISSUER_LABELS, DOCUMENT_ISSUERS, type DocumentIssuer } from '@sentinel/domain';
import { formatDateTime } from '../../app/format.ts';
import { handleRequestError } from '../../app/error-handler.ts';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { fetchUsers } from '../users/service.ts';
import { TemplateEditor } from './TemplateEditor.tsx';
import { fetchIssuers, fetchTemplates, resetTemplate, saveIssuer, type TemplateView } from './service.ts';

const ISSUER_OPTIONS = DOCUMENT_ISSUERS.map((i) => ({ value: i, label: DOCUMENT_ISSUER_LABELS[i] }));

export default function TemplatesPage() {
  const { message } = App.useApp();
  const templates = useRequest((signal) => fetchTemplates(signal), []);
  const issuers = useRequest((signal) => fetchIssuers(signal), []);
  const users = useRequest((signal) => fetchUsers(signal), []);
  const [editing, setEditing] = useState<TemplateView | null>(null);
  const nameOf = (id: string | null) => (id ? users.data?.items.find((u) => u.id === id)?.displayName ?? '管理员' : '');

  async function act(run: () => Promise<unknown>, done: string, reload: () => void): Promise<void> {
    try {
      await run();
      void message.success(done);
      reload();
    } catch (err) {
      handleRequestError(err);
    }
  }

  return (
    <Card title="文书模板">
      <Typography.Paragraph type="secondary">
        案件文书按这里的模板生成。修改后新出具的文书使用新模板，已出具的文书不变。
      </Typography.Paragraph>
      <PageState loading={templates.loading && !templates.data} error={templates.error} onRetry={templates.reload}>
        <List<TemplateView>
          data-testid="template-list"
          bordered
          dataSource={templates.data ?? []}
          renderItem={(t, i) => {
            const issuer = issuers.data?.find((s) => s.kind === t.kind);
            const tpl = t.template as { version?: number; title?: string };
            return (
              <List.Item data-testid={`template-${t.kind}`} style={{ flexWrap: 'wrap', gap: 8 }}>
                <div style={{ flex: '1 1 260px', minWidth: 0 }}>
                  <Space wrap size={[8, 4]}>
                    <Typography.Text strong>附件 {i + 1}　{t.kindLabel}</Typography.Text>
                    <Tag>第 {tpl.version ?? '—'} 版</Tag>
                    {t.isDefault ? <Tag color="default">系统默认</Tag> : <Tag color="blue">已修改</Tag>}
                  </Space>
                  <div style={{ color: '#8c8c8c', fontSize: 12, marginTop: 4 }}>
                    标题「{tpl.title ?? ''}」{t.isDefault ? '' : `，${nameOf(t.updatedBy)} 修改于 ${formatDateTime(t.updatedAt)}`}
                  </div>
                </div>
                <Space wrap>
                  <Select<DocumentIssuer>
                    aria-label={`${t.kindLabel}的发文机关`} style={{ width: 150 }} size="small" options={ISSUER_OPTIONS} value={issuer?.issuer}
                    onChange={(v) => void act(() => saveIssuer(t.kind, v), `「${t.kindLabel}」的发文机关已改为${DOCUMENT_ISSUER_LABELS[v]}`, issuers.reload)}
                  />
                  <Button size="small" type="primary" onClick={() => setEditing(t)}>编辑</Button>
                  <Popconfirm
                    title={`恢复「${t.kindLabel}」的系统默认模板？`} description="修改过的模板将被丢弃（操作留痕）。" okText="恢复" cancelText="取消" disabled={t.isDefault}
                    onConfirm={() => act(() => resetTemplate(t.kind), `「${t.kindLabel}」已恢复系统默认模板`, templates.reload)}
                  >
                    <Button size="small" disabled={t.isDefault}>恢复默认</Button>
                  </Popconfirm>
                </Space>
              </List.Item>
            );
          }}
        />
      </PageState>
      {editing && <TemplateEditor view={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); templates.reload(); }} />}
    </Card>
  );
}
