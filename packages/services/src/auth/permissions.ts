// THE role × permission table (docs/roles.md is written from it). A service
// operation names one permission and checks it before anything else. Which
// step of a case a role may take is the domain life-cycle table's business
// (CASE_LIFECYCLE); here is only who may use the case screens at all.
import { CASE_OPENER_ROLES, ROLES, type InterviewParty, type Role } from '@sentinel/domain';
import type { ServiceContext } from '../context.ts';
import { permissionDenied } from '../errors.ts';

export const PERMISSIONS = [
  'case.view',
  'case.open',
  'case.transition',
  'intake.alert',
  'intake.queue',
  'household.view',
  'household.detail',
  'party.manage',
  'party.reveal',
  'whistle.metrics',
  'user.manage',
  'audit.view',
  'import.view',
  'detection.run',
  'alert.view',
  'document.generate',
  'template.manage',
  'bulletin.view',
  'assessment.view',
  'cooperation.record',
  'cooperation.view',
  'calendar.manage',
  'import.upload',
  'jobs.manage',
  'survey.manage',
  'survey.view',
  'survey.visit',
  'referral.manage',
  'referral.view',
  'referral.record',
  'rental_party.view',
  'rental_party.manage',
  'patrol.view',
  'patrol.visit',
  'district.view',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'case.view': '查看案件',
  'case.open': '登记线索（巡查、居民、物业、12345）',
  'case.transition': '办理案件（具体步骤见案件生命周期表）',
  'intake.alert': '一键将预警转为案件',
  'intake.queue': '处理未匹配地址的 12345 工单',
  'household.view': '查看一户一档',
  'household.detail': '查看一户一档全部内容（用量曲线、门禁、预警与概率、排名、登记人口、租户）',
  'party.manage': '登记业主、二房东、租户',
  'party.reveal': '查看未脱敏的个人信息（须填写目的，全部留痕）',
  'whistle.metrics': '查看预警核实准确率',
  'user.manage': '管理用户',
  'audit.view': '查看审计日志',
  'import.view': '查看数据导入批次与被拒行',
  'detection.run': '启动数字吹哨检测、查看检测批次',
  'alert.view': '查看数字吹哨预警（辖区内）',
  'document.generate': '生成案件文书（告知书、检查表，自动编文号）',
  'template.manage': '编辑文书模板',
  'bulletin.view': '查看、导出工作通报（辖区内）',
  'assessment.view': '查看年度考核扣分及依据',
  'cooperation.record': '记录、撤销居委会和物业的拒不配合（考核扣分依据）',
  'cooperation.view': '查看拒不配合记录（居委会、物业只看本单位）',
  'calendar.manage': '维护工作日历（放假、调休上班）',
  'import.upload': '上传数据文件导入（CSV/XLSX）',
  'jobs.manage': '查看后台任务、一网统管推送，重试失败项',
  'survey.manage': '发起宣传摸底专项、更新走访名单',
  'survey.view': '查看摸底名单、进度，导出出租房屋和群租房屋总表（辖区内）',
  'survey.visit': '摸底走访登记、送达群租法律风险告知书',
  'referral.manage': '维护疏导房源（公租房、宿舍型租赁住房床位）',
  'referral.view': '查看疏导房源',
  'referral.record': '在案件上登记疏导推荐与入住情况',
  'rental_party.view': '查看房东、二房东、租赁企业、经纪机构及其信用记录（辖区内房屋，个人信息脱敏）',
  'rental_party.manage': '登记房东、二房东、租赁企业、经纪机构及其关联房屋',
  'patrol.view': '查看三级动态管理：房屋等级、每周巡查计划、等级变化日志（辖区内）',
  'patrol.visit': '登记上门核查结果（回写房屋等级）',
  'district.view': '查看全区作战图、各街道排名（本区各街道）',
};

const UNITS: readonly Role[] = CASE_OPENER_ROLES; // every unit except the system administrator
const DISPATCHERS: readonly Role[] = ['ops_center', 'safety_office'];
// The district (区) oversees its subdistricts: it follows cases, alerts and
// houses of all of them and compares their figures, but does not work cases
// (no case.open / case.transition): dispatch and enforcement stay with the
// subdistrict's units (docs/roles.md, "District level").
const DISTRICT: readonly Role[] = ['district_office', 'district_enforcement'];
// A property company is a private firm: it reports clues, works the tasks
// assigned to it and reaches owners and sublessors — nothing more (PIPL: the
// minimum its purpose needs). See docs/roles.md, 各角色可见的数据.
const PUBLIC_UNITS: readonly Role[] = UNITS.filter((r) => r !== 'property');

export const ROLE_PERMISSIONS: Record<Permission, readonly Role[]> = {
  'case.view': [...UNITS, ...DISTRICT],
  'case.open': UNITS,
  'case.transition': UNITS,
  'intake.alert': DISPATCHERS,
  'intake.queue': DISPATCHERS,
  'household.view': [...UNITS, ...DISTRICT],
  'household.detail': [...PUBLIC_UNITS, ...DISTRICT],
  'party.manage': ['committee', 'grid_worker', 'property', 'police'],
  'party.reveal': ['committee', 'grid_worker', 'property', 'police', 'safety_office', 'enforcement', 'district_enforcement'],
  'whistle.metrics': [...DISPATCHERS, 'admin', 'district_office'],
  'user.manage': ['admin'],
  'audit.view': ['admin'],
  'import.view': [...DISPATCHERS, 'admin'],
  'detection.run': [...DISPATCHERS, 'admin'],
  'alert.view': [...PUBLIC_UNITS, ...DISTRICT],
  'document.generate': UNITS,
  'template.manage': ['admin'],
  'bulletin.view': [...DISPATCHERS, 'committee', 'admin'],
  'assessment.view': [...DISPATCHERS, 'admin'],
  // The dispatchers run the annual assessment, so they record what it deducts;
  // an assessed unit sees the records against itself (to dispute them).
  'cooperation.record': DISPATCHERS,
  'cooperation.view': [...DISPATCHERS, 'committee', 'property', 'admin'],
  'calendar.manage': ['admin'],
  'import.upload': [...DISPATCHERS, 'admin'],
  'jobs.manage': ['admin'],
  // 双清 phase 1: the safety office and the ops centre run the survey; the
  // committees and property companies visit (the plan names them) with the
  // grid workers; every unit follows the progress inside its jurisdiction.
  'survey.manage': DISPATCHERS,
  'survey.view': UNITS,
  'survey.visit': ['committee', 'grid_worker', 'property'],
  // 疏堵结合: the ops centre (and the administrator) keep the housing list;
  // those who clear a flat offer the beds and record the outcome.
  'referral.manage': ['ops_center', 'admin'],
  'referral.view': [...UNITS, 'admin'],
  'referral.record': [...DISPATCHERS, 'committee', 'grid_worker', 'enforcement'],
  // 人员分类、房东信用: every unit sees the parties behind the dwellings of its
  // jurisdiction (the market office: rental companies and brokers); those who
  // meet them at the door or on a case register them.
  'rental_party.view': UNITS,
  'rental_party.manage': [...DISPATCHERS, 'committee', 'grid_worker', 'property', 'police', 'enforcement', 'market'],
  // 三级动态管理: the grid workers patrol with the committee and the property
  // company (定期上门核查); every unit follows the grades of its jurisdiction.
  'patrol.view': UNITS,
  'patrol.visit': ['committee', 'grid_worker', 'property'],
  'district.view': DISTRICT,
};

/**
 * Whose personal data a role may see unmasked. A property company serves
 * notices on owners and sublessors, so it never sees tenants; a grid worker
 * needs the owner to arrange a visit.
 */
export const REVEALABLE_PARTIES: Record<Role, readonly InterviewParty[]> = {
  committee: ['owner', 'sublessor', 'tenant'],
  police: ['owner', 'sublessor', 'tenant'],
  safety_office: ['owner', 'sublessor', 'tenant'],
  enforcement: ['owner', 'sublessor', 'tenant'],
  property: ['owner', 'sublessor'],
  grid_worker: ['owner'],
  ops_center: [],
  construction: [],
  market: [],
  admin: [],
  district_office: [],
  // The district law-enforcement bureau fines lessors and sublessors
  // (《上海市住房租赁条例》), so it may see who they are; tenants are not its business.
  district_enforcement: ['owner', 'sublessor'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[permission].includes(role);
}

/** Throws auth.forbidden unless the current user's role holds the permission. */
export function requirePermission(ctx: ServiceContext, permission: Permission): void {
  if (!can(ctx.user.role, permission)) throw permissionDenied(PERMISSION_LABELS[permission]);
}

/** Permissions of a role, for the UI (what to show) and docs/roles.md. */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => can(role, p));
}

export { ROLES };
