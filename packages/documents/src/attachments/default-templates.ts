// The shipped templates (packages/documents/templates/*.json). They are data:
// the admin's edited copies (stored by the server) replace them per kind.
// Each is validated when this module loads, so a broken default fails every
// test at once instead of on the first print.
import legalRiskNotice from '../../templates/legal_risk_notice.json' with { type: 'json' };
import rectificationNotice from '../../templates/rectification_notice.json' with { type: 'json' };
import populationRegistrationNotice from '../../templates/population_registration_notice.json' with { type: 'json' };
import rentalFilingNotice from '../../templates/rental_filing_notice.json' with { type: 'json' };
import inspectionChecklist from '../../templates/inspection_checklist.json' with { type: 'json' };
import { InvalidTemplateError } from '../errors.ts';
import type { DocumentTemplate } from '../template/types.ts';
import type { DocumentKind } from './kinds.ts';
import { validateTemplate } from './validate.ts';

function checked(kind: DocumentKind, json: unknown): DocumentTemplate {
  const result = validateTemplate(json);
  if (!result.ok) throw new InvalidTemplateError(result.issues.map((i) => ({ ...i, path: `templates/${kind}.json ${i.path}` })));
  if (result.template.kind !== kind) throw new InvalidTemplateError([{ path: `templates/${kind}.json $.kind`, message: `应为 ${kind}` }]);
  return result.template;
}

export const DEFAULT_TEMPLATES: Readonly<Record<DocumentKind, DocumentTemplate>> = {
  legal_risk_notice: checked('legal_risk_notice', legalRiskNotice),
  rectification_notice: checked('rectification_notice', rectificationNotice),
  population_registration_notice: checked('population_registration_notice', populationRegistrationNotice),
  rental_filing_notice: checked('rental_filing_notice', rentalFilingNotice),
  inspection_checklist: checked('inspection_checklist', inspectionChecklist),
};
