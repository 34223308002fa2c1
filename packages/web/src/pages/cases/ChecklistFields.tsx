// The inspection checklist (群租房屋检查表): the five criteria, each question
// answered 是 / 否 / 未查 (the questions and their numbers come from the
// domain, the same list the printed checklist uses). Unanswered questions can
// still prove a group rental but never clear one. Area and rooms start from
// the housing registry; the inspector corrects them on site and sees the two
// figures criteria 4 and 5 turn on.
import { Alert, Col, Form, InputNumber, Radio, Row, Typography } from 'antd';
import { CHECKLIST_QUESTIONS, checklistFigures, CRITERION_LABELS, type ChecklistQuestion } from '@sentinel/domain';

const TRI = [{ value: true, label: '是' }, { value: false, label: '否' }, { value: null, label: '未查' }];

/** A named radio group (screen readers and tests find each question by its text). */
function TriGroup({ label, value, onChange }: { label: string; value?: boolean | null; onChange?: (v: boolean | null) => void }) {
  return (
    <div role="radiogroup" aria-label={label}>
      <Radio.Group options={TRI} optionType="button" size="small" value={value} onChange={(e) => onChange?.(e.target.value as boolean | null)} />
    </div>
  );
}

/** `2-1. 原始设计房间隔断后出租`: the label a question is found by. */
export const questionLabel = (q: ChecklistQuestion): string => `${q.number}. ${q.label}`;

function Tri({ q }: { q: ChecklistQuestion }) {
  const label = questionLabel(q);
  return (
    <Form.Item name={['checklist', ...q.path]} label={label} initialValue={null} style={{ marginBottom: 8 }}>
      <TriGroup label={label} />
    </Form.Item>
  );
}

const questionsOf = (criterion: ChecklistQuestion['criterion']) => CHECKLIST_QUESTIONS.filter((q) => q.criterion === criterion);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const round1 = (x: number): string => (Math.round(x * 10) / 10).toString();

/** Area per person and people per room, live while the inspector types. */
function Figures() {
  const occupants = num(Form.useWatch(['checklist', 'occupants']));
  const originalRooms = num(Form.useWatch(['checklist', 'originalRooms']));
  const livingAreaM2 = num(Form.useWatch(['checklist', 'livingAreaM2']));
  const buildingAreaM2 = num(Form.useWatch(['checklist', 'buildingAreaM2']));
  const f = checklistFigures({ occupants, originalRooms, livingAreaM2, buildingAreaM2 });
  const perPerson = f.areaPerPersonM2 === null ? '—' : `${round1(f.areaPerPersonM2)} ㎡${f.areaEstimated ? '（按建筑面积估算）' : ''}`;
  const perRoom = f.peoplePerRoom === null ? '—' : `${round1(f.peoplePerRoom)} 人`;
  const alarming = (f.areaPerPersonM2 !== null && f.areaPerPersonM2 < 5) || (f.peoplePerRoom !== null && f.peoplePerRoom > 2);
  return (
    <Alert
      type={alarming ? 'warning' : 'info'} showIcon style={{ marginBottom: 8 }} data-testid="checklist-figures"
      message={`人均居住面积：${perPerson}　每间居住人数（平均）：${perRoom}`}
    />
  );
}

export interface RegistryFacts { areaM2: number; bedrooms: number }

export function ChecklistFields({ registry }: { registry?: RegistryFacts }) {
  return (
    <>
      <Typography.Title level={5}>群租房屋检查表</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>每项选择“是 / 否 / 未查”；未到现场核实的请保留“未查”，不会记为“否”。</Typography.Paragraph>
      {(['dormitory', 'partition_or_bed'] as const).flatMap(questionsOf).map((q) => <Tri key={q.number} q={q} />)}
      <Typography.Text type="secondary">3. {CRITERION_LABELS.non_living_space}：</Typography.Text>
      <Row gutter={8}>
        {questionsOf('non_living_space').map((q) => <Col key={q.number} xs={24} sm={12}><Tri q={q} /></Col>)}
      </Row>
      <Typography.Text type="secondary">4–5. 人均居住面积不低于 5 平方米；每间不超过 2 人（法定赡养、抚养、扶养关系除外）：</Typography.Text>
      <Row gutter={8}>
        <Col xs={12}><Form.Item name={['checklist', 'occupants']} label="现场居住人数" initialValue={null}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={12}><Form.Item name={['checklist', 'originalRooms']} label="原始设计居室数" initialValue={registry?.bedrooms ?? null} extra={registry ? '按房屋登记预填' : undefined}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={12}><Form.Item name={['checklist', 'livingAreaM2']} label="实测居住面积（㎡）" initialValue={null}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={12}><Form.Item name={['checklist', 'buildingAreaM2']} label="建筑面积（㎡）" initialValue={registry?.areaM2 ?? null} extra={registry ? '按房屋登记预填' : undefined}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
      </Row>
      <Figures />
      {questionsOf('room_occupancy').map((q) => <Tri key={q.number} q={q} />)}
    </>
  );
}
