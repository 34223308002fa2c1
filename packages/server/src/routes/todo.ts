// 待办: the signed-in person's to-do list (the web polls it for the menu badge
// and the in-app notice when it grows).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { TodoList } from '@sentinel/contract';
import { listTodo } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from '../schemas.ts';

export function todoRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: {
        tags: ['cases'], summary: '我的待办：待我办理、2 个工作日内到期、已超期的案件，辖区内新红色预警',
        response: { 200: TodoList, ...errorResponses },
      },
    }, async (request) => mutable(await listTodo({ ctx: serviceContext(request, db, now) })));
  };
}
