// 走访名单: the dwellings to visit, as cards (one column on a phone), with
// why each is listed, where it stands, and the way to the visit form.
import { Link } from 'react-router-dom';
import { Card, List, Space, Tag, Typography } from 'antd';
import { SURVEY_TARGET_REASON_LABELS, SURVEY_TARGET_STATE_LABELS, type SurveyTargetState } from '@sentinel/domain';
import type { SurveyTarget } from './service.ts';

const STATE_COLORS: Record<SurveyTargetState, string> = { pending: 'default', no_access: 'orange', surveyed: 'green', not_rented: 'blue' };

export function TargetList({ campaignId, items, canVisit }: { campaignId: string; items: SurveyTarget[]; canVisit: boolean }) {
  return (
    <List<SurveyTarget>
      data-testid="survey-targets"
      grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 3 }}
      dataSource={items}
      pagination={items.length > 30 ? { pageSize: 30, size: 'small', showSizeChanger: false } : false}
      renderItem={(t) => (
        <List.Item>
          <Card size="small" data-testid="survey-target" title={<Link to={`/houses/${encodeURIComponent(t.houseId)}`}>{t.address}</Link>}
            extra={<Tag color={STATE_COLORS[t.state]}>{SURVEY_TARGET_STATE_LABELS[t.state]}</Tag>}
            actions={canVisit ? [<Link key="v" to={`/survey/${encodeURIComponent(campaignId)}/visit/${encodeURIComponent(t.houseId)}`}>{t.visits > 0 ? '再次走访' : '走访登记'}</Link>] : undefined}>
            <Space direction="vertical" size={2}>
              <Typography.Text type="secondary">{t.neighborhood} · {t.community}</Typography.Text>
              <Space size={4} wrap>{t.reasons.map((r) => <Tag key={r}>{SURVEY_TARGET_REASON_LABELS[r]}</Tag>)}</Space>
              <span>告知书：{t.noticeServed ? '已送达' : '未送达'}{t.lastVisit?.suspectedGroupRental ? <Tag color="red" style={{ marginLeft: 8 }}>疑似群租</Tag> : null}</span>
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}
