// 文书模板 (GET /api/admin/templates, PUT / DELETE /api/admin/templates/:kind)
// and 发文机关 (GET /api/admin/document-issuers, PUT …/:kind).
import type { DocumentIssuerSetting, TemplateField, TemplateView } from '@sentinel/contract';
import type { DocumentIssuer } from '@sentinel/domain';
import { get, request } from '../../app/request.ts';

export type { DocumentIssuerSetting, TemplateField, TemplateView };

const templatePath = (kind: string) => `/api/admin/templates/${encodeURIComponent(kind)}`;

export const fetchTemplates = (signal?: AbortSignal) => get<TemplateView[]>('/api/admin/templates', undefined, signal);
export const saveTemplate = (kind: string, template: Record<string, unknown>) => request<TemplateView>(templatePath(kind), { method: 'PUT', body: template });
export const resetTemplate = (kind: string) => request<TemplateView>(templatePath(kind), { method: 'DELETE' });

export const fetchIssuers = (signal?: AbortSignal) => get<DocumentIssuerSetting[]>('/api/admin/document-issuers', undefined, signal);
export const saveIssuer = (kind: string, issuer: DocumentIssuer) =>
  request<DocumentIssuerSetting[]>(`/api/admin/document-issuers/${encodeURIComponent(kind)}`, { method: 'PUT', body: { issuer } });
