// THE routes + access table: every page of the cockpit, its menu entry and
// the Access key that decides who sees it. The router, the side menu and the
// e2e role tests all read this one list. Pages are lazy so that charts and
// maps load only when opened (initial JavaScript stays small).
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { matchPath } from 'react-router-dom';
import {
  AlertOutlined, ApartmentOutlined, AuditOutlined, AppstoreOutlined, BellOutlined, BarChartOutlined, CalendarOutlined, CloudUploadOutlined, DashboardOutlined, FileSearchOutlined, FileTextOutlined, HomeOutlined, IdcardOutlined, PartitionOutlined, ScheduleOutlined, SolutionOutlined, TeamOutlined,
} from '@ant-design/icons';
import type { AccessKey } from './access.ts';

type PageModule = { default: ComponentType };

export interface AppRoute {
  path: string;
  /** Menu and page title. */
  title: string;
  /** Who may open it; undefined = every signed-in user. */
  access?: AccessKey;
  /** Shown in the side menu (detail pages are not). */
  menu: boolean;
  icon?: ReactNode;
  component: LazyExoticComponent<ComponentType>;
  /** Downloads the page's code (the router renders `component`; preloadRoute starts this early). */
  load: () => Promise<PageModule>;
}

/** A page's lazy component and its loader, from one dynamic import. */
function page(load: () => Promise<PageModule>): Pick<AppRoute, 'component' | 'load'> {
  return { component: lazy(load), load };
}

export const APP_ROUTES: readonly AppRoute[] = [
  { path: '/', title: '驾驶舱', access: 'canViewCockpit', menu: true, icon: <DashboardOutlined />, ...page(() => import('../pages/overview/index.tsx')) },
  { path: '/todo', title: '我的待办', access: 'canViewCases', menu: true, icon: <BellOutlined />, ...page(() => import('../pages/todo/index.tsx')) },
  { path: '/map', title: '作战图', access: 'canViewCockpit', menu: true, icon: <AppstoreOutlined />, ...page(() => import('../pages/map/index.tsx')) },
  { path: '/alerts', title: '预警（数字吹哨）', access: 'canViewAlerts', menu: true, icon: <AlertOutlined />, ...page(() => import('../pages/alerts/index.tsx')) },
  { path: '/cases', title: '案件', access: 'canViewCases', menu: true, icon: <PartitionOutlined />, ...page(() => import('../pages/cases/index.tsx')) },
  { path: '/cases/:caseId', title: '案件详情', access: 'canViewCases', menu: false, ...page(() => import('../pages/cases/CaseDetail.tsx')) },
  { path: '/inspect/:caseId', title: '上门核查', access: 'canTransitionCase', menu: false, ...page(() => import('../pages/inspect/index.tsx')) },
  { path: '/houses', title: '房屋（一户一档）', access: 'canViewHouses', menu: true, icon: <HomeOutlined />, ...page(() => import('../pages/houses/index.tsx')) },
  { path: '/houses/:houseId', title: '一户一档', access: 'canViewHouses', menu: false, icon: <FileSearchOutlined />, ...page(() => import('../pages/house-file/index.tsx')) },
  // The administrator's pages come before the shared ones, so the administrator lands on 用户管理.
  { path: '/users', title: '用户管理', access: 'canManageUsers', menu: true, icon: <TeamOutlined />, ...page(() => import('../pages/users/index.tsx')) },
  { path: '/audit', title: '审计日志', access: 'canViewAudit', menu: true, icon: <AuditOutlined />, ...page(() => import('../pages/audit/index.tsx')) },
  { path: '/directory', title: '组织机构', access: 'canManageUsers', menu: true, icon: <ApartmentOutlined />, ...page(() => import('../pages/directory/index.tsx')) },
  { path: '/calendar', title: '工作日历', access: 'canManageCalendar', menu: true, icon: <CalendarOutlined />, ...page(() => import('../pages/calendar/index.tsx')) },
  { path: '/templates', title: '文书模板', access: 'canManageTemplates', menu: true, icon: <FileTextOutlined />, ...page(() => import('../pages/templates/index.tsx')) },
  { path: '/survey', title: '宣传摸底', access: 'canViewSurvey', menu: true, icon: <SolutionOutlined />, ...page(() => import('../pages/survey/index.tsx')) },
  { path: '/patrol', title: '巡查计划', access: 'canViewPatrol', menu: true, icon: <ScheduleOutlined />, ...page(() => import('../pages/patrol/index.tsx')) },
  { path: '/parties', title: '房东与中介', access: 'canViewRentalParties', menu: true, icon: <IdcardOutlined />, ...page(() => import('../pages/parties/index.tsx')) },
  { path: '/parties/:partyId', title: '当事人档案', access: 'canViewRentalParties', menu: false, ...page(() => import('../pages/parties/PartyPage.tsx')) },
  { path: '/referral-housing', title: '疏导房源', access: 'canViewReferral', menu: true, icon: <HomeOutlined />, ...page(() => import('../pages/referral/index.tsx')) },
  { path: '/survey/:campaignId/visit/:houseId', title: '摸排走访', access: 'canVisitSurvey', menu: false, ...page(() => import('../pages/survey/VisitPage.tsx')) },
  { path: '/bulletins', title: '工作通报', access: 'canViewBulletins', menu: true, icon: <BarChartOutlined />, ...page(() => import('../pages/bulletins/index.tsx')) },
  { path: '/imports', title: '数据导入', access: 'canViewImports', menu: true, icon: <CloudUploadOutlined />, ...page(() => import('../pages/imports/index.tsx')) },
  { path: '/upload', title: '上传数据', access: 'canUploadImports', menu: true, icon: <CloudUploadOutlined />, ...page(() => import('../pages/upload/index.tsx')) },
  { path: '/operations', title: '运行监控', access: 'canManageJobs', menu: true, icon: <BarChartOutlined />, ...page(() => import('../pages/operations/index.tsx')) },
];

export const LOGIN_PATH = '/login';

/**
 * Starts loading the code of the page at this path while the session is
 * still being checked, instead of after: the first screen needs both.
 */
export function preloadRoute(pathname: string): void {
  const route = APP_ROUTES.find((r) => matchPath({ path: r.path, end: true }, pathname));
  if (route) void route.load();
}
