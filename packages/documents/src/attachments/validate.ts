// validateTemplate: what the admin API calls before storing an edited template.
import type { TemplateIssue } from '../errors.ts';
import { validateTemplateStructure, type TemplateValidation } from '../template/validate-structure.ts';
import { DOCUMENT_FIELDS } from './fields.ts';
import { DOCUMENT_KINDS, isDocumentKind } from './kinds.ts';

/**
 * Checks a template of one of the five documents (parsed JSON of unknown
 * shape): structure, placeholder syntax, and that each placeholder names a
 * field the platform supplies for that kind (DOCUMENT_FIELDS). Returns every
 * problem with its JSON path, in Chinese.
 */
export function validateTemplate(json: unknown): TemplateValidation {
  const kind = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { kind?: unknown }).kind : undefined;
  if (!isDocumentKind(kind)) {
    const structural = validateTemplateStructure(json, null);
    const issue: TemplateIssue = { path: '$.kind', message: `文书类型「${String(kind)}」无效，可用：${DOCUMENT_KINDS.join('、')}` };
    return { ok: false, issues: [issue, ...(structural.ok ? [] : structural.issues.filter((i) => i.path !== '$.kind'))] };
  }
  return validateTemplateStructure(json, DOCUMENT_FIELDS[kind]);
}
