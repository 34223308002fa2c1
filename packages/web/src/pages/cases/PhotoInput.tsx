// Photos for a step: the phone's camera (capture) or a file, uploaded at once
// to the house's attachments; the step carries their ids.
import { useState } from 'react';
import { Button, Space, Tag, Upload } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { handleRequestError } from '../../app/error-handler.ts';
import { uploadPhoto } from './service.ts';

export interface PhotoInputProps {
  houseId: string;
  caseId: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  label?: string;
}

export function PhotoInput({ houseId, caseId, value = [], onChange, label = '拍照 / 选择照片' }: PhotoInputProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Upload
        accept="image/*,video/*"
        capture="environment"
        multiple
        showUploadList={false}
        customRequest={async ({ file }) => {
          setBusy(true);
          try {
            const blob = file as File;
            const stored = await uploadPhoto(houseId, blob, blob.name || 'photo.jpg', caseId);
            onChange?.([...value, stored.id]);
          } catch (err) {
            handleRequestError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Button icon={<CameraOutlined />} loading={busy}>{label}</Button>
      </Upload>
      {value.length > 0 && <Space wrap>{value.map((id, i) => <Tag key={id} closable onClose={() => onChange?.(value.filter((v) => v !== id))}>照片 {i + 1}</Tag>)}</Space>}
    </Space>
  );
}
