// How a route hands back a file: the one sendFile for every download
// (documents, bulletins, XLSX lists, the alert export).
import type { FastifyReply } from 'fastify';
import type { GeneratedFile } from '@sentinel/services';

/** Content-Disposition with an ASCII fallback and the Chinese name (RFC 5987 / 6266). */
export function contentDisposition(file: Pick<GeneratedFile, 'filename' | 'asciiFilename'>): string {
  const ascii = file.asciiFilename.replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`;
}

/** A generated file as a download; never cached (it may hold personal data and every fetch is checked). */
export function sendFile(reply: FastifyReply, file: GeneratedFile): FastifyReply {
  return reply.header('content-type', file.mime).header('content-disposition', contentDisposition(file)).header('cache-control', 'no-store').send(file.bytes);
}
