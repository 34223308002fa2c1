// 宣传摸底: the campaign, its progress per 居民区 and per property company,
// the dwellings to visit (each unit sees its own share) and the master list
// 出租房屋和群租房屋总表 as Excel. Dispatchers start a campaign and refresh
// its list with the latest whistles and complaints.
import { useEffect, useState } from 'react';
import { Button, Card, Select, Space, Tabs, Typography, App } from 'antd';
import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { SURVEY_TARGET_STATE_LABELS, SURVEY_TARGET_STATES, type SurveyTargetState } from '@sentinel/domain';
import { useSession } from '../../app/session.tsx';
import { useRequest } from '../../app/use-request.ts';
import { useSubmit } from '../../app/use-submit.ts';
import { fetchFile, saveFile } from '../../app/file.ts';
import { fetchPlaces } from '../../app/places.ts';
import { PageState } from '../../components/PageState.tsx';
import { NewCampaignModal } from './NewCampaignModal.tsx';
import { ProgressTable } from './ProgressTable.tsx';
import { TargetList } from './TargetList.tsx';
import { fetchCampaigns, fetchProgress, fetchTargets, masterListUrl, refreshCampaign } from './service.ts';

function CampaignView({ campaignId, canVisit, canManage }: { campaignId: string; canVisit: boolean; canManage: boolean }) {
  const { message } = App.useApp();
  const [state, setState] = useState<SurveyTargetState | undefined>(undefined);
  const progress = useRequest((signal) => fetchProgress(campaignId, signal), [campaignId]);
  const targets = useRequest((signal) => fetchTargets(campaignId, { state }, signal), [campaignId, state]);
  const action = useSubmit();
  const exportList = () => action.run(async () => saveFile(await fetchFile(masterListUrl(campaignId))));
  const refresh = () => action.run(async () => {
    const r = await refreshCampaign(campaignId);
    void message.success(`名单已更新：新增 ${r.added} 户，共 ${r.targets} 户`);
    progress.reload();
    targets.reload();
  });
  const p = progress.data;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} onClick={() => void exportList()} loading={action.saving}>导出总表（Excel）</Button>
        {canManage && <Button icon={<ReloadOutlined />} onClick={() => void refresh()} loading={action.saving}>按最新预警、投诉补充名单</Button>}
      </Space>
      <PageState loading={progress.loading && !p} error={progress.error} onRetry={progress.reload}>
        {p && (
          <Card size="small" title={`摸排进度：已访 ${p.total.done}/${p.total.targets}（${p.total.percentDone}%），告知书送达 ${p.total.noticeServed} 户`} style={{ marginBottom: 12 }}>
            <Tabs size="small" items={[
              { key: 'n', label: '按居民区', children: <ProgressTable rows={p.byNeighborhood} total={p.total} groupTitle="居委会" testId="progress-by-neighborhood" /> },
              { key: 'u', label: '按物业', children: <ProgressTable rows={p.byUnit} total={p.total} groupTitle="物业公司" testId="progress-by-unit" /> },
            ]} />
          </Card>
        )}
      </PageState>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>走访名单</Typography.Text>
        <Select<SurveyTargetState> aria-label="摸排情况" placeholder="全部" allowClear style={{ width: 180 }} value={state} onChange={setState}
          options={SURVEY_TARGET_STATES.map((s) => ({ value: s, label: SURVEY_TARGET_STATE_LABELS[s] }))} />
      </Space>
      <PageState loading={targets.loading && !targets.data} error={targets.error} onRetry={targets.reload} empty={targets.data?.items.length === 0} emptyText="名单中没有符合条件的房屋">
        {targets.data && <TargetList campaignId={campaignId} items={targets.data.items} canVisit={canVisit} />}
      </PageState>
    </>
  );
}

export default function SurveyPage() {
  const { access } = useSession();
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const campaigns = useRequest((signal) => fetchCampaigns(signal), []);
  const places = useRequest((signal) => (access.canManageSurvey ? fetchPlaces(signal) : Promise.resolve([])), [access.canManageSurvey]);
  const items = campaigns.data?.items ?? [];
  useEffect(() => { if (selected === undefined && items.length > 0) setSelected(items[0].id); }, [items, selected]);
  const current = items.find((c) => c.id === selected);
  return (
    <div>
      {/* The campaign's label (name and period) is long: on a phone the select stays inside the screen and shortens it. */}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="摸底专项" style={{ minWidth: 240, maxWidth: 'calc(100vw - 32px)' }} value={selected} onChange={setSelected} placeholder="选择摸底专项"
          options={items.map((c) => ({ value: c.id, label: `${c.name}（${c.startDay} 至 ${c.endDay}）` }))} />
        {access.canManageSurvey && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>发起宣传摸底</Button>}
      </Space>
      {current && (
        <Typography.Paragraph type="secondary">
          覆盖：{current.neighborhoods.length === 0 ? '全街道' : current.neighborhoods.join('、')}；按《群租法律风险告知书》要求，对每户出租房屋明确分隔使用情况和业主、转租人、承租人情况，重点关注回潮点位。
        </Typography.Paragraph>
      )}
      <PageState loading={campaigns.loading} error={campaigns.error} onRetry={campaigns.reload} empty={items.length === 0} emptyText="尚未发起宣传摸底专项">
        {selected && <CampaignView key={selected} campaignId={selected} canVisit={access.canVisitSurvey} canManage={access.canManageSurvey} />}
      </PageState>
      <NewCampaignModal open={creating} neighborhoods={(places.data ?? []).map((p) => p.neighborhood)} onClose={() => setCreating(false)}
        onCreated={(c) => { setCreating(false); setSelected(c.id); campaigns.reload(); }} />
    </div>
  );
}
