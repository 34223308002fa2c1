// 预警原因 in a list row: the first reason in the row and a button that
// expands all of them, each on its own wrapped line (a tooltip alone hid
// them from touch screens and cut long ones).
import { Button, Popover, Typography } from 'antd';

export function ReasonList({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return <Typography.Text type="secondary">无异常原因</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingLeft: 20, whiteSpace: 'normal' }} data-testid="alert-reasons">
      {reasons.map((r) => <li key={r}>{r}</li>)}
    </ol>
  );
}

export function ReasonsCell({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>{reasons[0]}</span>
      <Popover trigger="click" placement="bottomLeft" title={`预警原因（${reasons.length} 条）`} content={<div style={{ maxWidth: 480 }}><ReasonList reasons={reasons} /></div>}>
        <Button size="small" type="link" style={{ flex: 'none', padding: 0 }} onClick={(e) => e.stopPropagation()} aria-label={`展开全部 ${reasons.length} 条预警原因`}>
          {reasons.length > 1 ? `展开 ${reasons.length} 条` : '展开'}
        </Button>
      </Popover>
    </span>
  );
}
