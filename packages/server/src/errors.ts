// The one place where errors become HTTP responses: every error body is
// { code, message, requestId }. 5xx details stay in the log, never in the body.
import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, httpStatusOf } from '@sentinel/services';
import { clientErrorMessage, validationMessage } from './validation-message.ts';

export class HttpProblem extends Error {
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
  }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpProblem, request, reply) => {
    if (err instanceof HttpProblem) {
      return reply.status(err.statusCode).send({ code: err.code, message: err.message, requestId: request.id });
    }
    if (err instanceof DomainError) {
      // Typed domain and service errors: the status comes from the one table in @sentinel/services.
      return reply.status(httpStatusOf(err)).send({ code: err.code, message: err.message, requestId: request.id });
    }
    if ((err as FastifyError).validation) {
      return reply.status(400).send({ code: 'VALIDATION', message: validationMessage(err as FastifyError), requestId: request.id });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err }, 'unhandled error');
      return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误，请稍后重试', requestId: request.id });
    }
    // Fastify's own messages are English: the code stays for support, the message is Chinese.
    return reply.status(status).send({ code: err.code ?? 'BAD_REQUEST', message: clientErrorMessage(status), requestId: request.id });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `未找到 ${request.method} ${request.url}`, requestId: request.id });
  });
}
