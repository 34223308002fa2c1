// What a column may hold. Each table spec (specs.ts) maps its row fields to
// one of these; the converters (convert.ts) and the fast readings path share
// them so both give the same values and the same reasons.

export type ColumnType =
  | { kind: 'string' }
  | { kind: 'decimal'; bound?: 'positive' | 'nonnegative'; range?: readonly [number, number] }
  | { kind: 'integer' } // always >= 0 in this contract
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'date' }      // Shanghai day number
  | { kind: 'timestamp' }; // UTC milliseconds

export interface ColumnDef {
  type: ColumnType;
  required: boolean;
  /** Chinese name used in messages, e.g. 面积. */
  label: string;
}

export const str = (label: string, required: boolean): ColumnDef => ({ type: { kind: 'string' }, required, label });
export const dec = (label: string, required: boolean, bound?: 'positive' | 'nonnegative', range?: readonly [number, number]): ColumnDef =>
  ({ type: { kind: 'decimal', bound, range }, required, label });
export const int = (label: string, required: boolean): ColumnDef => ({ type: { kind: 'integer' }, required, label });
export const bool = (label: string, required: boolean): ColumnDef => ({ type: { kind: 'boolean' }, required, label });
export const oneOf = (label: string, required: boolean, values: readonly string[]): ColumnDef => ({ type: { kind: 'enum', values }, required, label });
export const date = (label: string, required: boolean): ColumnDef => ({ type: { kind: 'date' }, required, label });
export const time = (label: string, required: boolean): ColumnDef => ({ type: { kind: 'timestamp' }, required, label });

export const isTemporal = (def: ColumnDef): boolean => def.type.kind === 'date' || def.type.kind === 'timestamp';
