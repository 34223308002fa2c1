// Security headers on every response (issue #13): pages, API answers, errors,
// 404s and files alike, set in onRequest so that even an error reply has them.
//
// The Content-Security-Policy allows no inline script and no eval: the built
// cockpit loads only its own module files, so a name that slipped into HTML
// somewhere still could not run. Styles do allow 'unsafe-inline' because
// antd (CSS-in-JS) injects <style> elements at run time and ECharts sets
// style attributes on its tooltip; styles cannot run code. Images may come
// from any http(s) host because the battle map's optional tile layer takes a
// user-chosen XYZ template (天地图, 高德, a district GIS server on the intranet).
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface SecurityHeaderOptions {
  /** Served over HTTPS: also send Strict-Transport-Security. */
  https?: boolean;
}

export function securityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    // frame-ancestors for current browsers, X-Frame-Options for old ones (clickjacking).
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    // Paths carry house ids (/houses/H001): never sent to another site.
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
}

export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions = {}): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}
