// Photos taken on site, kept on the phone until the step is sent: the
// camera opens directly (capture), thumbnails show what was taken.
import { useEffect, useMemo } from 'react';
import { Button, Image, Space } from 'antd';
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import type { QueuedPhoto } from '../../offline/outbox.ts';

export function LocalPhotos({ value = [], onChange }: { value?: QueuedPhoto[]; onChange?: (v: QueuedPhoto[]) => void }) {
  const urls = useMemo(() => value.map((p) => URL.createObjectURL(p.blob)), [value]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <label style={{ display: 'block' }}>
        <input
          type="file" accept="image/*" capture="environment" multiple aria-label="拍摄现场照片"
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            onChange?.([...value, ...files.map((f, i) => ({ name: f.name || `photo-${Date.now()}-${i}.jpg`, blob: f as Blob }))]);
          }}
        />
        <Button icon={<CameraOutlined />} size="large" block onClick={(e) => (e.currentTarget.parentElement?.querySelector('input') as HTMLInputElement | null)?.click()}>
          拍摄现场照片（已拍 {value.length} 张）
        </Button>
      </label>
      <Space wrap>
        {urls.map((u, i) => (
          <Space key={u} direction="vertical" size={0} align="center">
            <Image src={u} width={96} height={96} style={{ objectFit: 'cover' }} alt={`现场照片 ${i + 1}`} />
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除照片 ${i + 1}`} onClick={() => onChange?.(value.filter((_, j) => j !== i))} />
          </Space>
        ))}
      </Space>
    </Space>
  );
}
