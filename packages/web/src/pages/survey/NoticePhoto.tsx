// The photo of the served 《群租法律风险告知书》: taken with the phone camera
// and uploaded at once as an attachment of the house; the form keeps its id.
import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useSubmit } from '../../app/use-submit.ts';
import { uploadNoticePhoto } from './service.ts';

export function NoticePhoto({ houseId, value, onChange }: { houseId: string; value?: string | null; onChange?: (id: string | null) => void }) {
  const [name, setName] = useState<string | null>(null);
  const upload = useSubmit({ inline: true });
  const pick = (file: File | undefined) => {
    if (!file) return;
    void upload.run(async () => {
      const stored = await uploadNoticePhoto(houseId, file);
      setName(file.name);
      onChange?.(stored.id);
    });
  };
  return (
    <Space direction="vertical">
      <Button icon={<CameraOutlined />} loading={upload.saving} onClick={() => document.getElementById('notice-photo-input')?.click()}>
        {value ? '重拍送达照片' : '拍摄送达照片'}
      </Button>
      <input id="notice-photo-input" data-testid="notice-photo-input" type="file" accept="image/*" capture="environment" hidden
        onChange={(e) => { pick(e.target.files?.[0]); e.target.value = ''; }} />
      {value && <Typography.Text type="success" data-testid="notice-photo-done">已上传：{name ?? '照片'}</Typography.Text>}
      {upload.error && <Typography.Text type="danger" role="alert">{upload.error}</Typography.Text>}
    </Space>
  );
}
