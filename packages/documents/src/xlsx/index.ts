export * from './to-xlsx.ts';
export * from './list-columns.ts';
export * from './audit-columns.ts';
