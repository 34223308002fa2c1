// Errors of the services layer, and THE table that maps every typed error
// (domain and services) to an HTTP status. The server's error handler calls
// httpStatusOf and nothing else decides a status for a domain error.
import type { ServiceErrorCode } from '@sentinel/contract';
import { DomainError } from '@sentinel/domain';

export class ServiceError extends DomainError {
  constructor(readonly code: ServiceErrorCode, message: string, readonly details?: Record<string, unknown>) {
    super(message);
  }
}

export const notAuthenticated = (): ServiceError => new ServiceError('auth.not_authenticated', '请先登录。');
export const invalidCredentials = (): ServiceError => new ServiceError('auth.invalid_credentials', '用户名或密码错误。');
/** Too many failures under a throttle lane (login-throttle.ts): wait, never a lockout. */
export const loginThrottled = (retryAfterSeconds: number): ServiceError =>
  new ServiceError('auth.throttled', `登录失败次数过多，请 ${retryAfterSeconds} 秒后再试。`, { retryAfterSeconds });
/** Answered only after the password was verified, so it tells nothing to someone guessing account names. */
export const accountDeactivated = (): ServiceError => new ServiceError('auth.deactivated', '账号已停用，请联系管理员。');
export const wrongCurrentPassword = (): ServiceError => new ServiceError('auth.wrong_password', '当前密码错误。');
export const permissionDenied = (what: string): ServiceError => new ServiceError('auth.forbidden', `无权${what}。`);
export const outOfJurisdiction = (what: string): ServiceError => new ServiceError('auth.out_of_jurisdiction', `${what}不在您的辖区内。`);
export const notFound = (what: string): ServiceError => new ServiceError('not_found', `${what}不存在。`);
export const conflict = (code: ServiceErrorCode, message: string): ServiceError => new ServiceError(code, message);
export const invalidInput = (message: string): ServiceError => new ServiceError('invalid_input', message);

/**
 * Status of a typed error, by code: every code of the contract's union has
 * one (the compiler holds it); a code from elsewhere answers 400.
 * Refused case steps are 409 (the request is well formed but the case is not
 * in a state to take it) except a missing role (403) and missing evidence (422).
 */
const STATUS_BY_CODE: Readonly<Record<ServiceErrorCode, number>> = {
  'auth.not_authenticated': 401,
  'auth.invalid_credentials': 401,
  'auth.throttled': 429,
  'auth.forbidden': 403,
  'auth.out_of_jurisdiction': 403,
  'auth.csrf': 403,
  'auth.deactivated': 403,
  'auth.wrong_password': 403,
  'auth.password_change_required': 403,
  not_found: 404,
  invalid_input: 400,
  'case.role_not_allowed': 403,
  'case.not_assignee': 403,
  'case.evidence_missing': 422,
  'case.invalid_deadline': 400,
  'case.invalid_opening': 400,
  'case.event_out_of_order': 409,
  'case.terminal': 409,
  'case.action_not_available': 409,
  'case.deadline_not_reached': 409,
  'case.not_enough_revisits': 409,
  'case.concurrent_update': 409,
  'case.not_relapse_opening': 409,
  'calendar.year_not_covered': 409,
  'calendar.invalid_count': 400,
  'calendar.invalid_overrides': 400,
  'user.exists': 409,
  'user.self_deactivation': 409,
  'user.self_reset': 409,
  'user.last_admin': 409,
  'intake.already_matched': 409,
  'attachment.too_large': 413,
  'attachment.unsupported_type': 415,
  'detection.no_data': 409,
  'document.invalid_template': 400,
  'document.missing_field': 422,
  'document.cjk_font_missing': 503,
  'document.invalid_period': 400,
  'document.invalid_number': 400,
  'document.not_issued': 404,
  'assessment.invalid_rules': 400,
  'cooperation.already_withdrawn': 409,
  'directory.unit_exists': 409,
  'directory.unknown_unit': 422,
  // Outside demo mode there is no demo clock to move: the request is fine, the server is not a demo.
  'demo.not_demo_mode': 409,
  'demo.clock_backwards': 409,
};
export function httpStatusOf(error: DomainError): number {
  return (STATUS_BY_CODE as Readonly<Record<string, number>>)[error.code] ?? 400;
}

export { DomainError };
