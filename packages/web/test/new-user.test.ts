// The 新建用户 form mirrors the services' rule for a new account: for every
// role, a body built from the fields the form shows passes newProfileProblem,
// and leaving out a field the form marks required fails on that very field.
import { describe, expect, it } from 'vitest';
import { ROLES } from '@sentinel/domain';
import { newProfileProblem } from '@sentinel/services';
import { jurisdictionFieldsOf, suggestedUnitName, toCreateBody, type NewUserForm } from '../src/pages/users/new-user.ts';

const filled = (role: NewUserForm['role']): NewUserForm => ({
  username: 'New.User', displayName: ' 新用户 ', role, unitName: '某单位', subdistrict: '临汾路街道',
  neighborhood: '汾西居民区', communities: ['汾西小区', ' '], password: 'initial-pass-1', mustChangePassword: true,
});

describe('新建用户 form rules', () => {
  it('for every role, the fields the form shows are enough, and each required one is needed', () => {
    for (const role of ROLES) {
      const body = toCreateBody(filled(role));
      expect(newProfileProblem(body), role).toBeNull();
      const fields = jurisdictionFieldsOf(role);
      if (fields.neighborhood === 'required') {
        expect(newProfileProblem(toCreateBody({ ...filled(role), neighborhood: ' ' }))?.field).toBe('neighborhood');
      }
      if (fields.communities === 'required') {
        expect(newProfileProblem(toCreateBody({ ...filled(role), communities: [] }))?.field).toBe('communities');
      }
    }
  });

  it('sends only the jurisdiction the role uses, trimmed, with the user name in lower case', () => {
    expect(toCreateBody(filled('police'))).toEqual({
      username: 'new.user', displayName: '新用户', role: 'police', unitName: '某单位',
      jurisdiction: { subdistrict: '临汾路街道', neighborhood: null, communities: null },
      password: 'initial-pass-1', mustChangePassword: true,
    });
    expect(toCreateBody(filled('grid_worker')).jurisdiction).toEqual({ subdistrict: '临汾路街道', neighborhood: '汾西居民区', communities: null });
    expect(toCreateBody(filled('property')).jurisdiction).toEqual({ subdistrict: '临汾路街道', neighborhood: '汾西居民区', communities: ['汾西小区'] });
  });

  it('suggests the unit names dispatch and the demo accounts use', () => {
    expect(suggestedUnitName('committee', '临汾路街道', '汾西居民区')).toBe('汾西居民区居委会');
    expect(suggestedUnitName('grid_worker', '临汾路街道')).toBe('');
    expect(suggestedUnitName('property', '临汾路街道', undefined, ['汾西小区'])).toBe('汾西小区物业');
    expect(suggestedUnitName('ops_center', '临汾路街道')).toBe('临汾路街道城运中心');
    expect(suggestedUnitName('enforcement', '临汾路街道')).toBe('临汾路街道综合执法中队');
    expect(suggestedUnitName('admin', '临汾路街道')).toBe('临汾路街道城运中心');
  });
});
