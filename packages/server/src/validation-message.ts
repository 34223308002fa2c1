// Request-validation failures in Chinese: the field (body/evidence/checklist/
// occupants) and what is wrong with it, from Ajv's structured errors rather
// than its English message. Every message a person can see is Chinese.
import type { FastifyError } from 'fastify';
import { ID_NUMBER_PATTERN } from '@sentinel/contract';

type AjvIssue = NonNullable<FastifyError['validation']>[number];

const TYPE_NAMES: Record<string, string> = {
  string: '文本', number: '数字', integer: '整数', boolean: '是或否', object: '对象', array: '列表', null: '空值',
};

function typeName(t: unknown): string {
  const list = Array.isArray(t) ? t : String(t).split(',');
  return list.map((x) => TYPE_NAMES[String(x)] ?? String(x)).join('或');
}

function describe(issue: AjvIssue): string {
  const p = issue.params as Record<string, unknown>;
  switch (issue.keyword) {
    case 'required': return `缺少字段 ${String(p.missingProperty)}`;
    case 'type': return `应为${typeName(p.type)}`;
    case 'enum': return `应为以下之一：${(p.allowedValues as unknown[] | undefined)?.map(String).join('、') ?? ''}`;
    case 'const': return `应为 ${String(p.allowedValue)}`;
    case 'minimum': case 'exclusiveMinimum': return `不应小于 ${String(p.limit)}`;
    case 'maximum': case 'exclusiveMaximum': return `不应大于 ${String(p.limit)}`;
    case 'minLength': return `长度不应少于 ${String(p.limit)} 个字符`;
    case 'maxLength': return `长度不应超过 ${String(p.limit)} 个字符`;
    case 'minItems': return `至少 ${String(p.limit)} 项`;
    case 'maxItems': return `最多 ${String(p.limit)} 项`;
    // A name field refuses an ID number (contract NameText): say so, not just "wrong format".
    case 'pattern': return String(p.pattern).includes(ID_NUMBER_PATTERN) ? '不能填写身份证号（只填姓名；证件只记末 4 位）' : '格式不正确';
    case 'format': return `格式应为 ${String(p.format)}`;
    case 'additionalProperties': return `不允许的字段 ${String(p.additionalProperty)}`;
    default: return '取值无效';
  }
}

export const CONTEXT_NAMES: Record<string, string> = { body: '请求内容', querystring: '查询参数', params: '路径参数', headers: '请求头' };

/** `请求参数无效：请求内容 /evidence/checklist/occupants 应为整数或空值`. */
export function validationMessage(err: FastifyError): string {
  const issues = err.validation ?? [];
  const context = CONTEXT_NAMES[err.validationContext ?? ''] ?? '请求';
  const parts = issues.slice(0, 5).map((i) => `${context}${i.instancePath ? ` ${i.instancePath}` : ''} ${describe(i)}`);
  return `请求参数无效：${parts.join('；') || context}`;
}

/** A Chinese message for a client error Fastify raised itself (bad JSON, wrong content type …). */
export function clientErrorMessage(status: number): string {
  if (status === 413) return '请求内容过大';
  if (status === 415) return '不支持的请求内容类型';
  if (status === 404) return '未找到请求的资源';
  if (status === 429) return '请求过于频繁，请稍后重试';
  return '请求格式无效，请检查后重试';
}
