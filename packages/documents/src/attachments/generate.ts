// One call from a case's facts to a printable document: build the fields,
// pick the template (the admin's, or the shipped default), render.
import type { DocumentContent } from '../content.ts';
import { InvalidTemplateError } from '../errors.ts';
import { renderDocument } from '../template/render.ts';
import type { DocumentTemplate } from '../template/types.ts';
import { buildDocumentData } from './data.ts';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import { DOCUMENT_FIELDS } from './fields.ts';
import type { DocumentBuildOptions, DocumentRequest } from './inputs.ts';
import { DOCUMENT_KIND_LABELS } from './kinds.ts';

export interface GenerateDocumentOptions extends DocumentBuildOptions {
  /** The admin's template for this kind (already checked with validateTemplate); the shipped default when absent. */
  readonly template?: DocumentTemplate;
}

/**
 * Renders one of the five documents.
 * @throws MissingTemplateFieldError when the template needs a field the data lacks.
 * @throws InvalidTemplateError when the template is for another kind.
 * @throws CalendarYearNotCoveredError when the deadline reaches a year without calendar data.
 */
export function generateDocument(request: DocumentRequest, options: GenerateDocumentOptions = {}): DocumentContent {
  const template = options.template ?? DEFAULT_TEMPLATES[request.kind];
  if (template.kind !== request.kind) {
    throw new InvalidTemplateError([{ path: '$.kind', message: `模板用于「${template.kind}」，不能生成${DOCUMENT_KIND_LABELS[request.kind]}` }]);
  }
  return renderDocument(template, buildDocumentData(request, options), DOCUMENT_FIELDS[request.kind]);
}
