// 摸排走访 (phone first): at the door, the outcome, how the flat is divided
// and used, the people met, relapse watch and the 《群租法律风险告知书》
// served with its photo. People go into the house file, masked there.
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Switch, App } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  DWELLING_USE_LABELS, INTERVIEW_PARTIES, INTERVIEW_PARTY_LABELS, SURVEY_OUTCOME_LABELS, SURVEY_OUTCOMES, type DwellingUse, type SurveyOutcome,
} from '@sentinel/domain';
import { useRequest } from '../../app/use-request.ts';
import { useSubmit } from '../../app/use-submit.ts';
import { PageState } from '../../components/PageState.tsx';
import { NoticePhoto } from './NoticePhoto.tsx';
import { fetchTargets, recordVisit, type SurveyVisitBody } from './service.ts';

const RENTED: DwellingUse[] = ['whole_let', 'shared', 'by_room', 'by_bed'];
const NOT_RENTED: DwellingUse[] = ['owner_occupied', 'vacant'];

type Values = Omit<SurveyVisitBody, 'houseId'>;

export default function SurveyVisitPage() {
  const { message } = App.useApp();
  const { campaignId = '', houseId = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form) as SurveyOutcome | undefined;
  const served = Form.useWatch('noticeServed', form) as boolean | undefined;
  const target = useRequest(async (signal) => (await fetchTargets(campaignId, {}, signal)).items.find((t) => t.houseId === houseId) ?? null, [campaignId, houseId]);
  const submit = useSubmit({ inline: true });
  const finish = (v: Values) => submit.run(async () => {
    const rented = v.outcome === 'surveyed';
    await recordVisit(campaignId, {
      ...v, houseId, use: v.outcome === 'no_access' ? null : v.use ?? null,
      originalRooms: rented ? v.originalRooms ?? null : null, currentRooms: rented ? v.currentRooms ?? null : null, occupants: v.outcome === 'no_access' ? null : v.occupants ?? null,
      noticePhotoId: v.noticeServed ? v.noticePhotoId ?? null : null,
      parties: v.outcome === 'no_access' ? [] : (v.parties ?? []).filter((p) => p.name?.trim()),
    });
    void message.success('走访记录已保存');
    navigate('/survey');
  });
  const uses = outcome === 'surveyed' ? RENTED : NOT_RENTED;

  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      <Link to="/survey">← 返回走访名单</Link>
      <PageState loading={target.loading} error={target.error} empty={target.data === null} emptyText="该房屋不在您的摸底名单中">
        {target.data && (
          <Card title={`摸排走访 · ${target.data.address}`} style={{ marginTop: 8 }} size="small">
            <Form<Values> form={form} layout="vertical" size="large" onFinish={finish} initialValues={{ relapseWatch: false, noticeServed: false, parties: [] }}>
              <Form.Item name="outcome" label="走访结果" rules={[{ required: true, message: '请选择走访结果' }]}>
                <Radio.Group optionType="button" buttonStyle="solid" options={SURVEY_OUTCOMES.map((o) => ({ value: o, label: SURVEY_OUTCOME_LABELS[o] }))} />
              </Form.Item>
              {outcome !== undefined && outcome !== 'no_access' && (
                <Form.Item name="use" label="房屋使用情况" rules={[{ required: outcome === 'surveyed', message: '请选择出租方式' }]}>
                  <Select aria-label="房屋使用情况" options={uses.map((u) => ({ value: u, label: DWELLING_USE_LABELS[u] }))} />
                </Form.Item>
              )}
              {outcome === 'surveyed' && (
                <Space wrap>
                  <Form.Item name="originalRooms" label="原始房间数"><InputNumber min={0} max={50} inputMode="numeric" /></Form.Item>
                  <Form.Item name="currentRooms" label="现有房间数" rules={[{ required: true, message: '请填写' }]}><InputNumber min={0} max={50} inputMode="numeric" /></Form.Item>
                  <Form.Item name="occupants" label="居住人数" rules={[{ required: true, message: '请填写' }]}><InputNumber min={0} max={200} inputMode="numeric" /></Form.Item>
                </Space>
              )}
              {outcome !== undefined && outcome !== 'no_access' && (
                <Form.List name="parties">
                  {(fields, { add, remove }) => (
                    <Form.Item label="业主、转租人、承租人（登记入一户一档，默认脱敏）">
                      {fields.map((f) => (
                        <Space key={f.key} wrap align="baseline" style={{ marginBottom: 4 }}>
                          <Form.Item name={[f.name, 'kind']} noStyle initialValue="owner">
                            <Select aria-label="人员类别" style={{ width: 130 }} options={INTERVIEW_PARTIES.map((k) => ({ value: k, label: INTERVIEW_PARTY_LABELS[k] }))} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'name']} noStyle rules={[{ required: true, message: '请填写姓名' }]}><Input aria-label="姓名" placeholder="姓名" style={{ width: 110 }} maxLength={40} /></Form.Item>
                          <Form.Item name={[f.name, 'phone']} noStyle><Input aria-label="电话" placeholder="电话" style={{ width: 140 }} inputMode="tel" maxLength={20} /></Form.Item>
                          <MinusCircleOutlined aria-label="删除" onClick={() => remove(f.name)} />
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'owner' })}>添加人员</Button>
                    </Form.Item>
                  )}
                </Form.List>
              )}
              <Form.Item name="relapseWatch" label="回潮重点关注" valuePropName="checked"><Switch aria-label="回潮重点关注" /></Form.Item>
              <Form.Item name="noticeServed" label="已送达《群租法律风险告知书》" valuePropName="checked"><Switch aria-label="已送达告知书" /></Form.Item>
              {served && (
                <Form.Item name="noticePhotoId" label="送达照片" rules={[{ required: true, message: '送达告知书须附照片' }]}>
                  <NoticePhoto houseId={houseId} />
                </Form.Item>
              )}
              <Form.Item name="note" label="备注"><Input.TextArea rows={2} maxLength={200} /></Form.Item>
              {submit.error && <Alert type="error" showIcon message={submit.error} style={{ marginBottom: 12 }} />}
              <Button type="primary" htmlType="submit" block loading={submit.saving}>保存走访记录</Button>
            </Form>
          </Card>
        )}
      </PageState>
    </div>
  );
}
