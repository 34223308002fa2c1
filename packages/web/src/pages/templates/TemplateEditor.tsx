// The drawer that edits one document template: each text of the template in
// its own box (template-parts.ts), or the whole template as JSON for what the
// boxes do not cover; the placeholders the document may use, with their
// meaning; saving sends the next version, and the server's check lists every
// problem with its place in the template.
import { useState } from 'react';
import { Alert, App, Button, Collapse, Drawer, Grid, Input, Segmented, Space, Typography } from 'antd';
import { useSubmit } from '../../app/use-submit.ts';
import { templateParts, withPart } from './template-parts.ts';
import { saveTemplate, type TemplateField, type TemplateView } from './service.ts';

type Json = Record<string, unknown>;

function FieldList({ fields }: { fields: readonly TemplateField[] }) {
  return (
    <ul style={{ paddingLeft: 18, margin: 0 }} data-testid="template-fields">
      {fields.map((f) => (
        <li key={f.name}>
          <Typography.Text code copyable>{`{{${f.name}}}`}</Typography.Text> {f.label}
          {f.rowFields.length > 0 && <span style={{ color: '#8c8c8c' }}>（逐项：{f.rowFields.map((r) => `{{row.${r.name}}} ${r.label}`).join('、')}）</span>}
        </li>
      ))}
    </ul>
  );
}

export function TemplateEditor({ view, onClose, onSaved }: { view: TemplateView; onClose: () => void; onSaved: (v: TemplateView) => void }) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [mode, setMode] = useState<'parts' | 'json'>('parts');
  const [draft, setDraft] = useState<Json>(view.template as Json);
  const [jsonText, setJsonText] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const { saving, error, run } = useSubmit({ inline: true, detailOnly: true });
  const version = Number((view.template as Json).version ?? 0);

  function switchTo(next: 'parts' | 'json'): void {
    if (next === 'json') {
      setJsonText(JSON.stringify(draft, null, 2));
      setJsonError(null);
      setMode('json');
      return;
    }
    const parsed = parseJson(jsonText);
    if (typeof parsed === 'string') { setJsonError(parsed); return; }
    setDraft(parsed);
    setMode('parts');
  }

  function parseJson(text: string): Json | string {
    try {
      const value: unknown = JSON.parse(text);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'JSON 须是一个对象 { … }';
      return value as Json;
    } catch (err) {
      return `JSON 格式错误：${(err as Error).message}`;
    }
  }

  const save = () => run(async () => {
    const body = mode === 'json' ? parseJson(jsonText) : draft;
    if (typeof body === 'string') { setJsonError(body); return; }
    const saved = await saveTemplate(view.kind, { ...body, version: version + 1 });
    void message.success(`「${view.kindLabel}」模板已保存为第 ${version + 1} 版，此后出具的文书使用新模板`);
    onSaved(saved);
  });

  return (
    <Drawer
      title={`编辑模板：${view.kindLabel}`}
      open
      onClose={onClose}
      width={screens.md ? 760 : '100%'}
      destroyOnHidden
      extra={<Segmented aria-label="编辑方式" value={mode} onChange={(v) => switchTo(v as 'parts' | 'json')} options={[{ value: 'parts', label: '逐段编辑' }, { value: 'json', label: 'JSON' }]} />}
      footer={(
        <Space wrap style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Typography.Text type="secondary">当前第 {version} 版，保存为第 {version + 1} 版</Typography.Text>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => void save()}>保存</Button>
        </Space>
      )}
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message="模板未保存" description={error} data-testid="template-error" />}
      {jsonError && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={jsonError} />}
      <Collapse size="small" style={{ marginBottom: 12 }} items={[{ key: 'fields', label: `可用字段（${view.fields.length}）：用 {{字段名}} 插入案件数据`, children: <FieldList fields={view.fields} /> }]} />
      {mode === 'parts'
        ? templateParts(draft).map((p) => {
          const id = `part-${p.path.join('-')}`;
          return (
            <div key={id} style={{ marginBottom: 12 }}>
              <label htmlFor={id} style={{ display: 'block', fontWeight: 500, marginBottom: 4 }}>{p.label}</label>
              <Input.TextArea id={id} value={p.value} autoSize={{ minRows: 1, maxRows: 12 }} onChange={(e) => setDraft((d) => withPart(d, p, e.target.value))} />
              {p.hint && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.hint}</Typography.Text>}
            </div>
          );
        })
        : <Input.TextArea aria-label="模板 JSON" value={jsonText} onChange={(e) => setJsonText(e.target.value)} autoSize={{ minRows: 16 }} style={{ fontFamily: 'monospace', fontSize: 12 }} />}
    </Drawer>
  );
}
