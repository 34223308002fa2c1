// The audit log's actions in Chinese (审计日志 page, filter and export). An
// action not listed shows as its code, so a new one still appears.
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'auth.login': '登录',
  'personal_data.view': '查看一户一档（个人信息脱敏）',
  'personal_data.reveal': '查看未脱敏个人信息',
  'party.create': '登记业主、二房东、租户',
  'attachment.view': '查看现场照片或视频',
  'attachment.upload': '上传现场照片或视频',
  'access_events.view': '查看门禁记录',
  'document.generate': '生成文书',
  'document_template.update': '修改文书模板',
  'user.create': '新建用户',
  'user.deactivate': '停用用户',
  'user.reactivate': '启用用户',
  'user.password_reset': '重置密码',
  'user.password_change': '修改本人密码',
  'calendar.set_year': '修改工作日历（整年）',
  'calendar.set_day': '调整工作日历（单日）',
  'calendar.clear_day': '恢复官方日历（单日）',
  'demo_clock.advance': '调整演示日期',
  'cooperation.record': '记录拒不配合',
  'cooperation.withdraw': '撤销拒不配合',
  'detection.run': '数字吹哨检测',
  'detection.run_failed': '数字吹哨检测失败',
  'retention.run': '到期个人信息清理',
  'retention.dry_run': '到期个人信息清理（预演）',
  'org_unit.create': '新增单位',
  'org_unit.update': '修改单位',
  'audit.export': '导出审计日志',
};

export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action;
