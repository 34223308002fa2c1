// What the signed-in user may see and do, computed once from the session the
// server returns (its role and permission names come from the services'
// role × permission table; the server enforces them, this only decides what
// to show). The routes table (routes.tsx) names one Access key per page.
import type { Jurisdiction, Session, User as SessionUser } from '@sentinel/contract';

export type { Jurisdiction, Session, SessionUser };

export interface Access {
  /**
   * 驾驶舱 overview and 作战图 map shade areas by alerts and group rentals:
   * every public unit inside its jurisdiction, not a property company.
   */
  canViewCockpit: boolean;
  /** The whole house file: consumption, door access, scores, head count, tenants, history, photos (not a property company). */
  canViewHouseholdDetail: boolean;
  canViewCases: boolean;
  canOpenCase: boolean;
  canTransitionCase: boolean;
  /** One click from an alert to a case (dispatchers). */
  canTurnAlertIntoCase: boolean;
  canViewHouses: boolean;
  /** 数字吹哨: today's alerts inside the jurisdiction. */
  canViewAlerts: boolean;
  /** Start a new detection run (重新检测). */
  canRunDetection: boolean;
  canRevealPersonalData: boolean;
  canViewWhistleMetrics: boolean;
  canManageUsers: boolean;
  canViewAudit: boolean;
  /** 工作日历: the holidays and 调休 days every deadline counts on. */
  canManageCalendar: boolean;
  /** 文书模板: the text of the five case documents. */
  canManageTemplates: boolean;
  /** 文书打印: the five documents of a case, each numbered on generation. */
  canGenerateDocuments: boolean;
  /** 工作通报: bulletin figures and their PDF / Word / Excel. */
  canViewBulletins: boolean;
  /** 考核: the annual deductions of committees and property companies. */
  canViewAssessment: boolean;
  /** 拒不配合: record and withdraw the refusals the assessment deducts for (dispatchers). */
  canRecordRefusal: boolean;
  /** 拒不配合: see the records (a committee or property company: its own). */
  canViewRefusals: boolean;
  /** Data feeds and their rejected rows: the administrator's (and dispatchers') concern. */
  canViewImports: boolean;
  /** Upload a data file into the import (数据导入 → 上传). */
  canUploadImports: boolean;
  /** Background jobs and the 一网统管 outbox (运行监控). */
  canManageJobs: boolean;
  /** 宣传摸底: the visit lists and progress inside the jurisdiction, and the master list. */
  canViewSurvey: boolean;
  /** Start a survey campaign, refresh its list (dispatchers). */
  canManageSurvey: boolean;
  /** Record a survey visit (committee, grid worker, property company). */
  canVisitSurvey: boolean;
  /** 疏导房源 (疏堵结合): read the referral housing, and a case's referrals. */
  canViewReferral: boolean;
  /** Keep the referral housing (ops centre, administrator). */
  canManageReferral: boolean;
  /** Record tenants offered a bed on a case, and the outcome. */
  canRecordReferral: boolean;
  /** 房东与中介: parties behind the dwellings of the jurisdiction, their credit record. */
  canViewRentalParties: boolean;
  /** Register a landlord, sublessor, rental company or broker on a dwelling. */
  canManageRentalParties: boolean;
  /** 巡查计划 (三级动态管理): grades and the weekly plan of the jurisdiction. */
  canViewPatrol: boolean;
  /** Record a completed patrol visit. */
  canVisitPatrol: boolean;
}

export type AccessKey = keyof Access;

export function computeAccess(session: Session | null): Access {
  const has = (p: string) => session !== null && session.permissions.includes(p);
  const role = session?.user.role;
  return {
    canViewCockpit: has('household.detail'),
    canViewHouseholdDetail: has('household.detail'),
    canViewCases: has('case.view'),
    canOpenCase: has('case.open'),
    canTransitionCase: has('case.transition'),
    canTurnAlertIntoCase: has('intake.alert'),
    canViewHouses: has('household.view'),
    canViewAlerts: has('alert.view'),
    canRunDetection: has('detection.run'),
    canRevealPersonalData: has('party.reveal'),
    canViewWhistleMetrics: has('whistle.metrics'),
    canManageUsers: has('user.manage'),
    canViewAudit: has('audit.view'),
    canManageCalendar: has('calendar.manage'),
    canManageTemplates: has('template.manage'),
    canGenerateDocuments: has('document.generate'),
    canViewBulletins: has('bulletin.view'),
    canViewAssessment: has('assessment.view'),
    canRecordRefusal: has('cooperation.record'),
    canViewRefusals: has('cooperation.view'),
    canViewImports: role === 'admin' || role === 'ops_center',
    canUploadImports: has('import.upload'),
    canManageJobs: has('jobs.manage'),
    canViewSurvey: has('survey.view'),
    canManageSurvey: has('survey.manage'),
    canVisitSurvey: has('survey.visit'),
    canViewReferral: has('referral.view'),
    canManageReferral: has('referral.manage'),
    canRecordReferral: has('referral.record'),
    canViewRentalParties: has('rental_party.view'),
    canManageRentalParties: has('rental_party.manage'),
    canViewPatrol: has('patrol.view'),
    canVisitPatrol: has('patrol.visit'),
  };
}

/** "汾西居民区" / "全街道" — the jurisdiction shown in the header. */
export function describeJurisdiction(j: Jurisdiction): string {
  if (j.district) return `${j.district}（全区 ${j.districtSubdistricts?.length ?? 0} 个街道）`;
  if (j.communities && j.communities.length > 0) return `${j.neighborhood ?? j.subdistrict}：${j.communities.join('、')}`;
  if (j.neighborhood) return j.neighborhood;
  return `${j.subdistrict}（全街道）`;
}
