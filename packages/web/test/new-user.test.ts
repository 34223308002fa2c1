// The 新建用户 form mirrors the services' rule for a new account: for every
// role and every directory unit the form offers for it, the body passes
// newProfileProblem; the unit and jurisdiction come from the directory.
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS } from '@sentinel/domain';
import type { OrgUnit } from '@sentinel/contract';
import { newProfileProblem } from '@sentinel/services';
import { communityChoices, ROLE_OPTIONS, toCreateBody, unitsFor, type NewUserForm } from '../src/pages/users/new-user.ts';

const unit = (role: string, name: string, neighborhood: string | null, communities: string[] | null = null, active = true): OrgUnit => ({
  id: `u-${name}`, name, role: role as OrgUnit['role'], roleLabel: '', subdistrict: '临汾路街道', neighborhood, communities, phone: null, active, memberCount: 0,
});

const DIRECTORY: OrgUnit[] = [
  unit('committee', '汾西居民区居委会', '汾西居民区'),
  unit('property', '汾西小区物业', '汾西居民区', ['汾西小区', '汾西二村']),
  unit('ops_center', '临汾路街道城运中心', null),
  unit('safety_office', '临汾路街道平安办', null),
  unit('enforcement', '临汾路街道综合执法中队', null),
  unit('police', '临汾路街道派出所', null),
  unit('construction', '临汾路街道城建中心', null),
  unit('market', '临汾路街道市场所', null),
  unit('market', '已撤销的市场所', null, null, false),
];

const form = (role: NewUserForm['role'], unitId: string): NewUserForm => ({
  username: 'New.User', displayName: ' 新用户 ', role, unitId, password: 'initial-pass-1', mustChangePassword: true,
});

describe('新建用户 form rules', () => {
  it('shows every role by its Chinese label alone', () => {
    for (const o of ROLE_OPTIONS) {
      expect(o.label).toBe(ROLE_LABELS[o.value]);
      expect(o.label).not.toMatch(/[a-z_]/);
    }
  });

  it('for every role, each unit offered gives a body the services accept', () => {
    for (const { value: role } of ROLE_OPTIONS) {
      const offered = unitsFor(role, DIRECTORY);
      expect(offered.length, role).toBeGreaterThan(0);
      expect(offered.every((u) => u.active)).toBe(true);
      for (const u of offered) {
        const body = toCreateBody(form(role, u.id), u);
        expect(newProfileProblem(body), `${role} in ${u.name}`).toBeNull();
        expect(body.unitName).toBe(u.name);
      }
    }
  });

  it('takes the jurisdiction from the unit: a committee its 居民区, a property company the chosen compounds, others the whole 街道', () => {
    const [committee, property, ops] = DIRECTORY;
    expect(toCreateBody(form('grid_worker', committee.id), committee).jurisdiction).toEqual({ subdistrict: '临汾路街道', neighborhood: '汾西居民区', communities: null });
    expect(toCreateBody({ ...form('property', property.id), communities: ['汾西二村'] }, property).jurisdiction)
      .toEqual({ subdistrict: '临汾路街道', neighborhood: '汾西居民区', communities: ['汾西二村'] });
    expect(toCreateBody(form('property', property.id), property).jurisdiction.communities).toEqual(['汾西小区', '汾西二村']);
    expect(toCreateBody(form('admin', ops.id), ops)).toMatchObject({ username: 'new.user', displayName: '新用户', jurisdiction: { neighborhood: null, communities: null } });
    expect(communityChoices(unit('property', '某物业', '汾西居民区'), [{ neighborhood: '汾西居民区', communities: ['A'] }, { neighborhood: '别的', communities: ['B'] }])).toEqual(['A']);
  });
});
