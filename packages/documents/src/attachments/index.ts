export * from './kinds.ts';
export * from './fields.ts';
export * from './inputs.ts';
export * from './data.ts';
export * from './validate.ts';
export * from './default-templates.ts';
export * from './generate.ts';
