// 拒不配合 on the case page: the refusals recorded on this case (a committee
// or property company sees only its own) and, for the dispatchers, the
// action that records one.
import { useState } from 'react';
import { App, Button, Card } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { RecordRefusalModal } from './RecordRefusalModal.tsx';
import { RefusalsTable } from './RefusalsTable.tsx';
import { fetchRefusals } from './service.ts';

export function CaseRefusalsCard({ caseId, canRecord }: { caseId: string; canRecord: boolean }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const res = useRequest((signal) => fetchRefusals({ caseId }, signal), [caseId]);

  return (
    <Card
      title="拒不配合记录"
      style={{ marginBottom: 16 }}
      data-testid="case-refusals"
      extra={canRecord && <Button onClick={() => setOpen(true)}>记录拒不配合</Button>}
    >
      <PageState loading={res.loading && !res.data} error={res.error} onRetry={res.reload}>
        <RefusalsTable items={res.data?.items ?? []} showCase={false} canWithdraw={canRecord} onChanged={res.reload} />
      </PageState>
      {canRecord && (
        <RecordRefusalModal
          caseId={caseId}
          open={open}
          onClose={() => setOpen(false)}
          onDone={(r) => {
            setOpen(false);
            void message.success(`已记录：${r.unit.name} ${r.day} 拒不配合，年度考核将据此扣分`);
            res.reload();
          }}
        />
      )}
    </Card>
  );
}
