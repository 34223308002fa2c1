// 组织机构 (系统管理员): the units of the subdistrict — type in Chinese, the
// area each covers, duty telephone, how many accounts carry its name — with
// 新增单位 and 停用 / 启用 (a unit is never deleted: cases name it). The
// directory starts with each neighbourhood's committee and every unit an
// account names; dispatch and 新建用户 pick from it.
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { handleRequestError } from '../../app/error-handler.ts';
import { PageState } from '../../components/PageState.tsx';
import { NewUnitButton } from './NewUnitButton.tsx';
import { fetchDirectoryPlaces, fetchUnits, updateUnit, type OrgUnit } from './service.ts';

export default function DirectoryPage() {
  const { message } = App.useApp();
  const units = useRequest((signal) => fetchUnits({ includeInactive: true }, signal), []);
  const places = useRequest((signal) => fetchDirectoryPlaces(signal), []);

  async function setActive(u: OrgUnit, active: boolean): Promise<void> {
    try {
      await updateUnit(u.id, { active });
      void message.success(`${u.name} 已${active ? '启用' : '停用'}`);
      units.reload();
    } catch (err) {
      handleRequestError(err);
    }
  }

  return (
    <Card title="组织机构" extra={<NewUnitButton places={places.data?.items ?? []} onDone={units.reload} />}>
      <PageState loading={false} error={units.error} onRetry={units.reload}>
        <Table<OrgUnit>
          rowKey="id"
          size="middle"
          loading={units.loading}
          dataSource={units.data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            { title: '单位名称', dataIndex: 'name' },
            { title: '类型', dataIndex: 'roleLabel', width: 130 },
            { title: '所辖居民区', dataIndex: 'neighborhood', width: 140, render: (n: string | null) => n ?? '全街道' },
            { title: '所管小区', dataIndex: 'communities', render: (c: string[] | null) => (c ? c.join('、') : '—') },
            { title: '值班电话', dataIndex: 'phone', width: 140, render: (p: string | null) => p ?? '—' },
            { title: '账号数', dataIndex: 'memberCount', width: 80, align: 'right' },
            { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
            {
              title: '操作', key: 'op', width: 90,
              render: (_: unknown, u: OrgUnit) => (u.active
                ? (
                  <Popconfirm title={`停用“${u.name}”？`} description="停用后不能再向其派单，已有案件不受影响。" okText="停用" cancelText="取消" onConfirm={() => setActive(u, false)}>
                    <Button size="small" danger>停用</Button>
                  </Popconfirm>
                )
                : <Button size="small" onClick={() => void setActive(u, true)}>启用</Button>),
            },
          ]}
        />
      </PageState>
    </Card>
  );
}
