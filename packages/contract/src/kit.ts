// The few schema builders every resource uses: nullable values, string enums
// from the domain's `as const` lists, and text fields that always carry a
// length limit (so OpenAPI shows it and the server refuses what is longer).
import { Kind, Type, type Static, type StringOptions, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { ID_NUMBER_PATTERN, MAX_ID, MAX_NAME } from './limits.ts';

const PRIMITIVE_TYPES = new Set(['boolean', 'integer', 'number', 'string']);
/**
 * `T or null`. A primitive becomes `type: [T, 'null']`, not `anyOf`: Fastify's
 * validator coerces types, and inside `anyOf` it turned a body's `null` into
 * `false` or `0` before the null branch was tried (an unchecked 未查 item was
 * stored as 否). With a type list, null matches as it is and nothing is coerced.
 */
export const Nullable = <T extends TSchema>(t: T): TUnsafe<Static<T> | null> => {
  // Arrays too: inside anyOf, coercion wrapped a null list into [null] and then [""] (a user created with
  // the documented `communities: null` was stored as [""] and saw nothing, issue #13).
  if (typeof t.type === 'string' && (PRIMITIVE_TYPES.has(t.type) || t.type === 'array')) {
    const { [Kind]: _kind, ...rest } = t as TSchema & { enum?: unknown[] };
    return Type.Unsafe<Static<T> | null>({ ...rest, type: [t.type, 'null'], ...(rest.enum ? { enum: [...rest.enum, null] } : {}) });
  }
  return Type.Unsafe<Static<T> | null>(Type.Union([t, Type.Null()]));
};

/** A string enum with its static type (an OpenAPI `enum`). */
export const lit = <T extends readonly string[]>(values: T, description?: string, options: { default?: T[number] } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}), ...options });

/** Text of at most `maxLength` characters. */
export const Text = (maxLength: number, options: StringOptions = {}) => Type.String({ ...options, maxLength });

/** An identifier (house, case, user, attachment). */
export const Id = (options: StringOptions = {}) => Type.String({ ...options, maxLength: MAX_ID });

/**
 * A person's or a unit's name typed by a user: limited in length, and an ID
 * number inside it is refused (the error handler says so in Chinese).
 */
export const NameText = (options: StringOptions = {}) =>
  Type.String({ maxLength: MAX_NAME, ...options, pattern: `^(?![\\s\\S]*${ID_NUMBER_PATTERN})[\\s\\S]*$` });

/** A calendar day, YYYY-MM-DD (Asia/Shanghai). */
export const Day = (description = 'YYYY-MM-DD（上海时间）') => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description });

/** An instant, ISO 8601. */
export const DateTime = (description?: string) => Type.String({ format: 'date-time', maxLength: 40, ...(description ? { description } : {}) });
