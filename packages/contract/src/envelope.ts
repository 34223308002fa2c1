// The one list envelope: a page of items and the total behind it. Every paged
// list of the API answers { total, items }; its query is PageQuery.
import { Type, type TSchema } from '@sinclair/typebox';

export const Paged = <T extends TSchema>(item: T) => Type.Object({ total: Type.Integer({ minimum: 0, description: '符合条件的总数' }), items: Type.Array(item) });
export type Paged<T> = { total: number; items: T[] };

/** page / pageSize of every paged list (spread into a route's querystring). */
export const PageQuery = {
  page: Type.Integer({ minimum: 1, default: 1, description: '页码，从 1 开始' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: '每页条数' }),
};

/** The list answer that is not paged: { items }. */
export const Items = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
export type Items<T> = { items: T[] };
