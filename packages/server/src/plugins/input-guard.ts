// One guard for every route: a NUL character (\u0000) in any path parameter,
// query parameter or JSON body field (values and keys) is refused with 400
// and a Chinese message naming the field. PostgreSQL cannot store NUL in
// text, so without this guard such input reached the database and failed
// there as a 500.
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../errors.ts';
import { CONTEXT_NAMES } from '../validation-message.ts';

/** The JSON pointer of the first string (or key) holding a NUL, e.g. `/parties/0/name`; null when there is none. */
export function findNul(root: unknown): string | null {
  // Iterative: a deeply nested body must not overflow the stack.
  const stack: [string, unknown][] = [['', root]];
  while (stack.length > 0) {
    const [path, value] = stack.pop() as [string, unknown];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([`${path}/${i}`, value[i]]);
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        if (key.includes('\u0000')) return `${path}/${key.replaceAll('\u0000', '\\u0000')}`;
        stack.push([`${path}/${key}`, child]);
      }
    }
  }
  return null;
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [context, value] of [['params', request.params], ['querystring', request.query], ['body', request.body]] as const) {
      const pointer = findNul(value);
      if (pointer !== null) {
        // Worded like the schema's own errors (validation-message.ts): the part of the request, then the field.
        throw new HttpProblem(400, 'VALIDATION', `请求参数无效：${CONTEXT_NAMES[context]} ${pointer} 含有空字符（\\u0000），请删除后重试`);
      }
    }
  });
}
