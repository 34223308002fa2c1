// Turns one environment string into a value of its setting's schema, or says
// what form was expected. Strings come in; integers, booleans and enumerations
// are read strictly ("3000abc" is not a port, "yes" is not a boolean).
import { Kind, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const TRUE = new Set(['true', '1']);
const FALSE = new Set(['false', '0']);

function coerce(schema: TSchema, text: string): unknown {
  switch (schema[Kind]) {
    case 'Integer':
      return /^-?\d+$/.test(text) ? Number(text) : text;
    case 'Number':
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    case 'Boolean': {
      const t = text.toLowerCase();
      return TRUE.has(t) ? true : FALSE.has(t) ? false : text;
    }
    default:
      return text;
  }
}

/** The expected form, in words, for the error message. */
export function expectedForm(schema: TSchema): string {
  if (typeof schema.expected === 'string') return schema.expected;
  switch (schema[Kind]) {
    case 'Integer': {
      const min = schema.minimum as number | undefined;
      const max = schema.maximum as number | undefined;
      return `整数 integer${min !== undefined ? ` ≥ ${min}` : ''}${max !== undefined ? ` ≤ ${max}` : ''}`;
    }
    case 'Boolean':
      return 'true / false（或 1 / 0）';
    case 'Union':
      return `其一 one of: ${(schema.anyOf as TSchema[]).map((s) => String(s.const)).join(' | ')}`;
    case 'String':
      return (schema.minLength as number | undefined ?? 0) > 1 ? `至少 ${String(schema.minLength)} 个字符的文本 text of at least ${String(schema.minLength)} characters` : '文本 text';
    default:
      return 'valid value';
  }
}

export type Parsed = { ok: true; value: unknown } | { ok: false; expected: string };

export function parseSetting(schema: TSchema, text: string): Parsed {
  const value = coerce(schema, text.trim());
  return Value.Check(schema, value) ? { ok: true, value } : { ok: false, expected: expectedForm(schema) };
}
