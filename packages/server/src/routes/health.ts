// GET /api/health: is the process up and can it reach its database?
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Object({ engine: Type.String(), reachable: Type.Boolean() }),
  time: Type.String({ description: '服务器时间（Asia/Shanghai）' }),
});

export function healthRoutes(db: Database): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/health', {
      schema: { tags: ['system'], summary: '健康检查', response: { 200: Health, 503: Health } },
    }, async (_request, reply) => {
      let reachable = true;
      try {
        await db.query('SELECT 1');
      } catch {
        reachable = false;
      }
      const time = new Date(Date.now() + 8 * 3600_000).toISOString().replace('Z', '+08:00');
      const body = { status: reachable ? 'ok' as const : 'degraded' as const, database: { engine: db.engine, reachable }, time };
      return reply.status(reachable ? 200 : 503).send(body);
    });
  };
}
