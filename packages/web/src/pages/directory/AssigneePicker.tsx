// 承办单位 and 承办人 for 派单 / 改派: the units of the organisation
// directory that cover the house (or every assignable unit, for a batch),
// then optionally one of the chosen unit's people. Empty = the server's
// default, the house's own 居委会. A form control: value / onChange carry the
// evidence's `assignee`.
import { Select, Space } from 'antd';
import type { Evidence } from '@sentinel/contract';
import { useRequest } from '../../app/use-request.ts';
import { fetchUnitMembers, fetchUnits, type OrgUnit } from './service.ts';

export type AssigneeValue = NonNullable<Evidence['assignee']>;

/** Roles the server accepts as an assignee (ASSIGNABLE_ROLES); a unit of another role is not listed. */
const asAssignee = (u: OrgUnit, personId?: string): AssigneeValue =>
  ({ role: u.role as AssigneeValue['role'], unitName: u.name, ...(personId ? { personId } : {}) });

export function AssigneePicker({ houseId, value, onChange, placeholder = '缺省：房屋所在居委会' }: {
  houseId?: string;
  value?: AssigneeValue;
  onChange?: (v: AssigneeValue | undefined) => void;
  placeholder?: string;
}) {
  const units = useRequest((signal) => fetchUnits({ assignable: true, ...(houseId ? { houseId } : {}) }, signal), [houseId]);
  const unit = units.data?.items.find((u) => u.name === value?.unitName);
  const members = useRequest((signal) => (unit ? fetchUnitMembers(unit.id, signal) : Promise.resolve(undefined)), [unit?.id]);

  return (
    <Space.Compact block>
      <Select
        aria-label="承办单位"
        style={{ width: '60%' }}
        allowClear
        showSearch
        optionFilterProp="label"
        loading={units.loading}
        placeholder={placeholder}
        value={unit?.id}
        options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.roleLabel}）` }))}
        onChange={(id?: string) => {
          const next = units.data?.items.find((u) => u.id === id);
          onChange?.(next ? asAssignee(next) : undefined);
        }}
      />
      <Select
        aria-label="承办人"
        style={{ width: '40%' }}
        allowClear
        disabled={!unit}
        loading={members.loading && unit !== undefined}
        placeholder={unit ? '不指定（本单位均可签收）' : '先选承办单位'}
        value={value?.personId}
        options={(members.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.displayName}（${m.roleLabel}）` }))}
        onChange={(personId?: string) => { if (unit) onChange?.(asAssignee(unit, personId)); }}
      />
    </Space.Compact>
  );
}
