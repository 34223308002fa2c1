// The checklist as submitted on site (群租房屋检查表): every question with
// 是 / 否 / 未查 exactly as answered, the two figures, the verdict and the
// violations, and the photos of that step. 未查 stays 未查 here as on paper.
import { Card, Descriptions, Image, Space, Tag, Typography } from 'antd';
import {
  answerOf, CHECKLIST_QUESTIONS, CHECKLIST_VERDICT_LABELS, checklistFigures, CRITERION_LABELS, evaluateChecklist, triStateLabel,
} from '@sentinel/domain';
import type { CaseDetail, TimelineEntry } from './service.ts';
import { attachmentUrl } from '../house-file/service.ts';
import { formatDateTime } from '../../app/format.ts';

/** Viewing a photo is logged with its purpose (personal data). */
const photoUrl = (houseId: string, id: string): string => `${attachmentUrl(houseId, id)}?purpose=${encodeURIComponent('查看案件核查照片')}`;

const ANSWER_COLOR = { 是: 'red', 否: 'green', 未查: 'default' } as const;
const round1 = (x: number): string => (Math.round(x * 10) / 10).toString();
const orDash = (v: number | null, unit: string): string => (v === null ? '未查' : `${v} ${unit}`);

/** The last step that carried a checklist (核查、回潮), with its photos. */
function checklistStep(timeline: readonly TimelineEntry[]): TimelineEntry | null {
  for (let i = timeline.length - 1; i >= 0; i--) if (timeline[i].evidence.checklist) return timeline[i];
  return null;
}

export function ChecklistCard({ c }: { c: CaseDetail }) {
  const step = checklistStep(c.timeline ?? []);
  const a = step?.evidence.checklist;
  if (!step || !a) return null;
  const evaluation = evaluateChecklist(a);
  const f = checklistFigures(a);
  const photos = step.evidence.photoIds ?? [];
  return (
    <Card
      title={<Space wrap>群租房屋检查表<Tag color={evaluation.verdict === 'group_rental' ? 'red' : evaluation.verdict === 'not_group_rental' ? 'green' : 'orange'} data-testid="checklist-verdict">{CHECKLIST_VERDICT_LABELS[evaluation.verdict]}</Tag></Space>}
      extra={<Typography.Text type="secondary">{formatDateTime(step.at)} · {step.actor.unitName ?? ''}</Typography.Text>}
      style={{ marginBottom: 16 }}
      data-testid="checklist-card"
    >
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        {CHECKLIST_QUESTIONS.map((q) => {
          const label = triStateLabel(answerOf(a, q));
          return <Descriptions.Item key={q.number} label={`${q.number}. ${q.label}`}><Tag color={ANSWER_COLOR[label]}>{label}</Tag></Descriptions.Item>;
        })}
        <Descriptions.Item label="现场居住人数">{orDash(a.occupants, '人')}</Descriptions.Item>
        <Descriptions.Item label="原始设计居室数">{orDash(a.originalRooms, '间')}</Descriptions.Item>
        <Descriptions.Item label="实测居住面积">{orDash(a.livingAreaM2, '㎡')}</Descriptions.Item>
        <Descriptions.Item label="建筑面积">{orDash(a.buildingAreaM2, '㎡')}</Descriptions.Item>
        <Descriptions.Item label="人均居住面积">{f.areaPerPersonM2 === null ? '无法计算' : `${round1(f.areaPerPersonM2)} ㎡${f.areaEstimated ? '（按建筑面积估算）' : ''}`}</Descriptions.Item>
        <Descriptions.Item label="每间居住人数（平均）">{f.peoplePerRoom === null ? '无法计算' : `${round1(f.peoplePerRoom)} 人`}</Descriptions.Item>
      </Descriptions>
      {evaluation.violations.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          <Typography.Text strong>群租情形：</Typography.Text>
          {evaluation.violations.map((v) => `${CRITERION_LABELS[v.criterion]}（${v.detail}）`).join('；')}
        </Typography.Paragraph>
      )}
      {evaluation.unanswered.length > 0 && (
        <Typography.Paragraph type="secondary">尚未核查：{evaluation.unanswered.map((k) => CRITERION_LABELS[k]).join('；')}</Typography.Paragraph>
      )}
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap data-testid="checklist-photos">
            {photos.map((id) => <Image key={id} width={120} height={90} style={{ objectFit: 'cover' }} src={photoUrl(c.houseId, id)} alt="核查现场照片" />)}
          </Space>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
