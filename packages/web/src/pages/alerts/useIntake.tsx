// 立案 from a whistle, always after a confirmation that names the house and
// why it was flagged; the toast quotes the official case number (〔2026〕0012号),
// never the internal id. Batch 立案 confirms the list once, then takes the
// houses one by one (the intake endpoint is per house) and sums up.
import { App as AntApp, Typography } from 'antd';
import type { AlertLevel } from '@sentinel/domain';
import { describeError, handleRequestError } from '../../app/error-handler.ts';
import { formatProbability } from '../../app/format.ts';
import { openCaseFromAlert } from './service.ts';
import { LevelTag } from './LevelTag.tsx';
import { ReasonList } from './ReasonsCell.tsx';

/** What 立案 needs of a whistle (an alert row, or the latest point on a house file). */
export interface IntakeTarget {
  houseId: string;
  address: string;
  score: number;
  level: AlertLevel;
  reasons: string[];
}

export interface OpenedCase {
  id: string;
  number: string;
}

/** The most rows one batch 立案 takes: the confirmation lists them all. */
export const BATCH_LIMIT = 50;

export function useAlertIntake(runId: string | undefined, onOpened: (houseId: string, c: OpenedCase) => void) {
  const { modal, message } = AntApp.useApp();

  const confirmOne = (t: IntakeTarget) => new Promise<void>((resolve) => {
    modal.confirm({
      title: '确认立案？',
      okText: '立案',
      cancelText: '取消',
      width: 520,
      content: (
        <div data-testid="intake-confirm">
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>{t.address}</Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 4 }}><LevelTag level={t.level} />群租概率 {formatProbability(t.score)}</Typography.Paragraph>
          <ReasonList reasons={t.reasons} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>立案后进入“已发现”，由城运中心派单上门核查；该户已有在办案件的，预警并入该案件。</Typography.Paragraph>
        </div>
      ),
      onOk: async () => {
        try {
          const res = await openCaseFromAlert(t, runId);
          onOpened(t.houseId, { id: res.caseId, number: res.caseNumber });
          void message.success(res.created ? `已立案，案件编号 ${res.caseNumber}` : `该房屋已有在办案件 ${res.caseNumber}，预警已并入该案件`);
        } catch (err) {
          handleRequestError(err);
        }
      },
      afterClose: resolve,
    });
  });

  const confirmBatch = (targets: readonly IntakeTarget[]) => new Promise<void>((resolve) => {
    const list = targets.slice(0, BATCH_LIMIT);
    modal.confirm({
      title: `确认对 ${list.length} 户批量立案？`,
      okText: `立案 ${list.length} 户`,
      cancelText: '取消',
      width: 560,
      content: (
        <div data-testid="batch-intake-confirm">
          <ol style={{ maxHeight: 280, overflowY: 'auto', paddingLeft: 20, margin: 0 }}>
            {list.map((t) => <li key={t.houseId}>{t.address}（{formatProbability(t.score)}）</li>)}
          </ol>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>逐户立案；已有在办案件的房屋，预警并入该案件。</Typography.Paragraph>
        </div>
      ),
      onOk: async () => {
        const created: string[] = [];
        const joined: string[] = [];
        const failed: string[] = [];
        for (const t of list) {
          try {
            const res = await openCaseFromAlert(t, runId);
            onOpened(t.houseId, { id: res.caseId, number: res.caseNumber });
            (res.created ? created : joined).push(res.caseNumber);
          } catch (err) {
            failed.push(`${t.address}：${describeError(err).detail}`);
          }
        }
        modal[failed.length > 0 ? 'warning' : 'success']({
          title: '批量立案结果',
          content: (
            <div data-testid="batch-intake-result">
              <p>新立案 {created.length} 件{created.length > 0 ? `：${created.join('、')}` : ''}</p>
              {joined.length > 0 && <p>并入已有案件 {joined.length} 件：{joined.join('、')}</p>}
              {failed.length > 0 && <><p>未成功 {failed.length} 户：</p><ul>{failed.map((f) => <li key={f}>{f}</li>)}</ul></>}
            </div>
          ),
        });
      },
      afterClose: resolve,
    });
  });

  return { confirmOne, confirmBatch };
}
