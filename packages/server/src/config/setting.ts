// One declared setting: the environment variable, its schema, and its
// default (a setting without one is null when unset).
import type { Static, TSchema } from '@sinclair/typebox';

export interface Setting<T extends TSchema = TSchema, D = unknown> {
  readonly env: string;
  readonly schema: T;
  readonly defaultValue: D;
  readonly doc: string;
}

export function setting<T extends TSchema>(env: string, schema: T, defaultValue: Static<T>, doc: string): Setting<T, Static<T>> {
  return { env, schema, defaultValue, doc };
}

export function optional<T extends TSchema>(env: string, schema: T, doc: string): Setting<T, null> {
  return { env, schema, defaultValue: null, doc };
}

/** The value a setting has after loading: its schema's type, or null for an unset optional one. */
export type ValueOf<S> = S extends Setting<infer T, infer D> ? Static<T> | D : never;
