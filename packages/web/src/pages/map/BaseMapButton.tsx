// 底图 settings: none (default, offline), 天地图, 高德 or a custom XYZ template.
import { useState } from 'react';
import { Button, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { BASEMAP_PRESETS, type BaseMapConfig } from './basemap.ts';

export function BaseMapButton({ value, onChange }: { value: BaseMapConfig; onChange: (c: BaseMapConfig) => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<BaseMapConfig>();
  return (
    <>
      <Button icon={<GlobalOutlined />} onClick={() => { form.setFieldsValue(value); setOpen(true); }}>{value.url ? '底图：已开启' : '底图'}</Button>
      <Modal title="底图设置" open={open} onCancel={() => setOpen(false)} onOk={() => { onChange(form.getFieldsValue()); setOpen(false); }} okText="保存" destroyOnHidden>
        <Typography.Paragraph type="secondary">作战图本身不需要网络；底图为可选项，需能访问所填瓦片服务。</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={value}>
          <Form.Item label="常用底图">
            <Select
              placeholder="选择后可修改下方地址"
              options={BASEMAP_PRESETS.map((p) => ({ value: p.key, label: p.label }))}
              onChange={(k: string) => { const p = BASEMAP_PRESETS.find((x) => x.key === k); if (p) form.setFieldsValue(p.config); }}
            />
          </Form.Item>
          <Form.Item name="url" label="瓦片地址模板（含 {x} {y} {z}；留空为不使用底图）">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="crs" label="瓦片坐标系">
            <Radio.Group options={[{ value: 'wgs84', label: 'WGS-84 / CGCS2000（天地图）' }, { value: 'gcj02', label: 'GCJ-02（高德、腾讯）' }]} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
