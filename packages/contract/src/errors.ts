// Every error the API answers: the body { code, message, requestId } and the
// codes as one typed union. Services throw these codes (ServiceError takes an
// ErrorCode), the server maps them to a status in one table
// (@sentinel/services httpStatusOf) and the web can switch on them.
import { Type, type Static } from '@sinclair/typebox';

/** Codes of typed domain and service errors (the services' status table covers each). */
export const SERVICE_ERROR_CODES = [
  'auth.not_authenticated', 'auth.invalid_credentials', 'auth.throttled', 'auth.forbidden', 'auth.out_of_jurisdiction', 'auth.csrf',
  'auth.deactivated', 'auth.wrong_password', 'auth.password_change_required',
  'not_found', 'invalid_input',
  'case.role_not_allowed', 'case.not_assignee', 'case.evidence_missing', 'case.invalid_deadline', 'case.invalid_opening',
  'case.event_out_of_order', 'case.terminal', 'case.action_not_available', 'case.deadline_not_reached', 'case.not_enough_revisits',
  'case.concurrent_update', 'case.not_relapse_opening',
  'calendar.year_not_covered', 'calendar.invalid_count', 'calendar.invalid_overrides',
  'user.exists', 'user.self_deactivation', 'user.self_reset', 'user.last_admin',
  'intake.already_matched',
  'attachment.too_large', 'attachment.unsupported_type',
  'detection.no_data',
  'document.invalid_template', 'document.missing_field', 'document.cjk_font_missing', 'document.invalid_period', 'document.invalid_number',
  'document.not_issued',
  'assessment.invalid_rules',
  'cooperation.already_withdrawn',
  'directory.unit_exists', 'directory.unknown_unit',
  'demo.not_demo_mode', 'demo.clock_backwards',
] as const;

/** Codes the HTTP layer itself answers: request validation, unknown routes, unexpected failures. */
export const HTTP_ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'BAD_REQUEST', 'INTERNAL'] as const;

export const ERROR_CODES = [...SERVICE_ERROR_CODES, ...HTTP_ERROR_CODES] as const;
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: '错误代码（ErrorCode；框架自身的错误可能另有代码，如限流）', maxLength: 100 }),
    message: Type.String({ description: '中文说明' }),
    requestId: Type.String({ description: '请求编号，联系运维时请提供' }),
  },
  { $id: 'ErrorBody', description: '错误 error' },
);
export type ErrorBody = Static<typeof ErrorBody>;
