// The form of one step of a case. Which fields it shows comes from the
// domain's life-cycle table (the evidence that step requires), so every
// transition gets its own form and the server's check and the form never
// disagree about what is needed.
import { useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  CASE_ACTION_LABELS, EVIDENCE_REQUIREMENT_LABELS, INTERVIEW_PARTIES, INTERVIEW_PARTY_LABELS, NOTICE_KINDS, NOTICE_KIND_LABELS,
  ROLE_LABELS, ROLES, findRule, type CaseAction, type CaseState, type EvidenceRequirement, type InterviewParty, type Role,
} from '@sentinel/domain';
import { describeError } from '../../app/error-handler.ts';
import { serverToday } from '../../app/server-clock.ts';
import { ChecklistFields, type RegistryFacts } from './ChecklistFields.tsx';
import { PhotoInput } from './PhotoInput.tsx';
import { AssigneePicker, type AssigneeValue } from '../directory/AssigneePicker.tsx';
import { transitionCase, type CaseSummary, type Evidence } from './service.ts';

interface FormValues {
  note?: string;
  photoIds?: string[];
  checklist?: Evidence['checklist'];
  assignee?: AssigneeValue;
  dueInWorkingDays?: number;
  notices?: Record<string, { servedAt?: Dayjs; photoIds?: string[] }>;
  units?: Role[];
  remainingViolations?: string;
  interviewed?: InterviewParty[];
}

const UNIT_DEFAULTS: Partial<Record<EvidenceRequirement, Role[]>> = {
  units_joint_visit: ['safety_office', 'police'],
  units_acceptance: ['enforcement', 'committee'],
  units_enforcement: ['safety_office', 'enforcement', 'police'],
};

function toEvidence(req: readonly EvidenceRequirement[], v: FormValues): Evidence {
  const e: Evidence = {};
  if (v.note?.trim()) e.note = v.note.trim();
  if (v.photoIds?.length) e.photoIds = v.photoIds;
  if (req.includes('checklist_group_rental') || req.includes('checklist_not_group_rental')) e.checklist = v.checklist;
  if (v.assignee) e.assignee = v.assignee;
  if (v.dueInWorkingDays) e.dueInWorkingDays = v.dueInWorkingDays;
  if (req.includes('three_notices')) {
    e.notices = NOTICE_KINDS.map((kind) => ({
      kind, servedAt: (v.notices?.[kind]?.servedAt ?? serverToday()).valueOf(), photoIds: v.notices?.[kind]?.photoIds ?? [],
    }));
  }
  if (v.units?.length) e.units = v.units;
  if (req.includes('acceptance_passed')) e.acceptance = { passed: true };
  if (req.includes('acceptance_failed')) e.acceptance = { passed: false, remainingViolations: v.remainingViolations?.trim() };
  if (v.interviewed?.length) e.interviewed = v.interviewed;
  return e;
}

export interface TransitionFormProps {
  c: CaseSummary;
  action: CaseAction;
  /** The housing registry's facts, prefilled on the checklist. */
  registry?: RegistryFacts;
  onDone: (result: { case: CaseSummary; openedCaseId: string | null }) => void;
}

export function TransitionForm({ c, action, registry, onDone }: TransitionFormProps) {
  const rule = findRule(c.state as CaseState, action);
  const req = rule?.evidence ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const units = req.find((r) => r.startsWith('units_'));
  const needsNote = req.includes('note');

  const submit = async (values: FormValues) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await transitionCase(c.id, action, toEvidence(req, values)));
    } catch (err) {
      const d = describeError(err);
      setError(d.detail);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<FormValues> layout="vertical" onFinish={submit} initialValues={{ units: units ? UNIT_DEFAULTS[units] : undefined }}>
      {req.length > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`${CASE_ACTION_LABELS[action]}须提供：${req.map((r) => EVIDENCE_REQUIREMENT_LABELS[r]).join('；')}`} />
      )}
      {(action === 'dispatch' || action === 'reassign') && (
        <>
          <Form.Item name="assignee" label="承办单位 / 承办人" rules={action === 'reassign' ? [{ required: true, message: '请选择承办单位' }] : []}>
            <AssigneePicker houseId={c.houseId} placeholder={action === 'reassign' ? '选择新的承办单位' : undefined} />
          </Form.Item>
          <Form.Item name="dueInWorkingDays" label="核查期限（工作日，缺省按制度）"><InputNumber min={1} max={30} /></Form.Item>
        </>
      )}
      {(req.includes('checklist_group_rental') || req.includes('checklist_not_group_rental')) && <ChecklistFields registry={registry} />}
      {req.includes('three_notices') && NOTICE_KINDS.map((kind) => (
        <div key={kind} style={{ marginBottom: 8 }}>
          <Typography.Text strong>{NOTICE_KIND_LABELS[kind]}</Typography.Text>
          <Space wrap align="start" style={{ display: 'flex', marginTop: 4 }}>
            <Form.Item name={['notices', kind, 'servedAt']} initialValue={serverToday()} rules={[{ required: true, message: '请选择送达时间' }]}>
              <DatePicker showTime aria-label={`${NOTICE_KIND_LABELS[kind]}送达时间`} />
            </Form.Item>
            <Form.Item name={['notices', kind, 'photoIds']} rules={[{ required: true, message: '请拍摄送达照片' }]}>
              <PhotoInput houseId={c.houseId} caseId={c.id} label="送达照片" />
            </Form.Item>
          </Space>
        </div>
      ))}
      {units && (
        <Form.Item name="units" label={EVIDENCE_REQUIREMENT_LABELS[units]} rules={[{ required: true, message: '请选择参加单位' }]}>
          <Select mode="multiple" options={ROLES.filter((r) => r !== 'admin').map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
      )}
      {req.includes('acceptance_failed') && (
        <Form.Item name="remainingViolations" label="依然存在的违规情况" rules={[{ required: true, message: '请写明依然存在的违规情况' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      {req.includes('interviewed_parties') && (
        <Form.Item name="interviewed" label="约谈对象" rules={[{ required: true, message: '请选择约谈对象' }]}>
          <Checkbox.Group options={INTERVIEW_PARTIES.map((p) => ({ value: p, label: INTERVIEW_PARTY_LABELS[p] }))} />
        </Form.Item>
      )}
      {req.includes('photos') && (
        <Form.Item name="photoIds" label="现场照片或视频" rules={[{ required: true, message: '请上传至少 1 张现场照片或视频' }]}>
          <PhotoInput houseId={c.houseId} caseId={c.id} />
        </Form.Item>
      )}
      <Form.Item name="note" label="情况说明" rules={needsNote ? [{ required: true, message: '请填写情况说明' }] : []}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={busy} block>{CASE_ACTION_LABELS[action]}</Button>
    </Form>
  );
}
