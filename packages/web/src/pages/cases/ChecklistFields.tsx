// The inspection checklist (群租房屋检查表): the five criteria, each answered
// 是 / 否 / 未查. Unanswered questions can still prove a group rental but
// never clear one (packages/domain criteria).
import { Col, Form, InputNumber, Radio, Row, Typography } from 'antd';

const TRI = [{ value: true, label: '是' }, { value: false, label: '否' }, { value: null, label: '未查' }];

/** A named radio group (screen readers and tests find each question by its text). */
function TriGroup({ label, value, onChange }: { label: string; value?: boolean | null; onChange?: (v: boolean | null) => void }) {
  return (
    <div role="radiogroup" aria-label={label}>
      <Radio.Group options={TRI} optionType="button" size="small" value={value} onChange={(e) => onChange?.(e.target.value as boolean | null)} />
    </div>
  );
}

function Tri({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <Form.Item name={['checklist', ...name]} label={label} initialValue={null} style={{ marginBottom: 8 }}>
      <TriGroup label={label} />
    </Form.Item>
  );
}

export function ChecklistFields({ buildingAreaM2 }: { buildingAreaM2?: number }) {
  return (
    <>
      <Typography.Title level={5}>群租房屋检查表</Typography.Title>
      <Tri name={['dormitory']} label="1. 小区内设置单位宿舍" />
      <Tri name={['partitioned']} label="2. 原始设计房间隔断后出租" />
      <Tri name={['letByBed']} label="2. 按床位出租" />
      <Typography.Text type="secondary">3. 厨房、卫生间、阳台、贮藏室或地下室出租居住：</Typography.Text>
      <Row gutter={8}>
        <Col span={12}><Tri name={['nonLivingSpacesLet', 'kitchen']} label="厨房" /></Col>
        <Col span={12}><Tri name={['nonLivingSpacesLet', 'bathroom']} label="卫生间" /></Col>
        <Col span={12}><Tri name={['nonLivingSpacesLet', 'balcony']} label="阳台" /></Col>
        <Col span={12}><Tri name={['nonLivingSpacesLet', 'storage']} label="贮藏室 / 地下室" /></Col>
      </Row>
      <Typography.Text type="secondary">4–5. 人均居住面积不低于 5 平方米；每间不超过 2 人（法定赡养、抚养、扶养关系除外）：</Typography.Text>
      <Row gutter={8}>
        <Col span={12}><Form.Item name={['checklist', 'occupants']} label="现场居住人数" initialValue={null}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        <Col span={12}><Form.Item name={['checklist', 'originalRooms']} label="原始设计居室数" initialValue={null}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        <Col span={12}><Form.Item name={['checklist', 'livingAreaM2']} label="实测居住面积（㎡）" initialValue={null}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        <Col span={12}><Form.Item name={['checklist', 'buildingAreaM2']} label="建筑面积（㎡）" initialValue={buildingAreaM2 ?? null}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
      </Row>
      <Tri name={['legalDependants']} label="同室居住者均为法定赡养、抚养、扶养关系" />
    </>
  );
}
