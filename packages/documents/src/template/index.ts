export * from './types.ts';
export * from './placeholders.ts';
export * from './validate-structure.ts';
export * from './render.ts';
